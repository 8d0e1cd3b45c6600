-- Seed 003's list: own and public plans, filtered.
dofile("bench/scenarios/common.lua")
request = function()
  return get(random_user(), "/api/workout-plans?limit=10&muscle_type=chest&difficulty_level=intermediate")
end
