-- The user's dashboard: every visible widget with its data (the generated users have the default widgets).
dofile("bench/scenarios/common.lua")
request = function()
  return get(random_user(), "/api/dashboard")
end
