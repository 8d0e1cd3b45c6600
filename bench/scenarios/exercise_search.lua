-- Searching the catalog as someone typing a word.
dofile("bench/scenarios/common.lua")
local terms = { "squat", "press", "curl", "row", "deadlift", "lunge", "raise", "pull", "stretch", "bench" }
request = function()
  return get(random_user(), "/api/exercises?limit=20&search=" .. terms[math.random(#terms)])
end
