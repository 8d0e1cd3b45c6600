-- Starting a session of a plan day: a session and one set per planned set.
dofile("bench/scenarios/common.lua")
request = function()
  local user = random_user()
  return send("POST", user, "/api/training-sessions",
      '{"training_plan_id":"' .. user.plan .. '","training_plan_day_id":"' .. user.day .. '"}')
end
