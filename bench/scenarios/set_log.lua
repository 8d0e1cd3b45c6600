-- Logging a set: PATCH …/complete on a set of the user's open session.
dofile("bench/scenarios/common.lua")
request = function()
  local user = random_user()
  local set = user.sets[math.random(#user.sets)]
  return send("PATCH", user, "/api/training-sessions/" .. user.session .. "/sets/" .. set .. "/complete", "")
end
