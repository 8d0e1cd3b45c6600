-- Starting a session of a plan day with an Idempotency-Key, a new key each request (as the web app's outbox
-- sends): the same work as session_create plus storing the key and the answer.
dofile("bench/scenarios/common.lua")
local counter = 0
request = function()
  local user = random_user()
  counter = counter + 1
  local headers = { ["Authorization"] = "Bearer " .. user.token, ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = string.format("bench-%d-%d-%d-%d", id or 0, os.time(), math.random(1e9), counter) }
  return wrk.format("POST", "/api/training-sessions", headers,
      '{"training_plan_id":"' .. user.plan .. '","training_plan_day_id":"' .. user.day .. '"}')
end
