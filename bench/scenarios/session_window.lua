-- The user's sessions of the last 30 days, with their sets.
dofile("bench/scenarios/common.lua")
local to = os.date("!%Y-%m-%d", os.time())
local from = os.date("!%Y-%m-%d", os.time() - 30 * 86400)
request = function()
  return get(random_user(), "/api/training-sessions?limit=20&date_from=" .. from .. "&date_to=" .. to)
end
