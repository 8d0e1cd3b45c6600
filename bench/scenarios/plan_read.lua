-- The whole tree of one of the user's plans.
dofile("bench/scenarios/common.lua")
request = function()
  local user = random_user()
  return get(user, "/api/training-plans/" .. user.plan)
end
