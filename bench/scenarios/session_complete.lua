-- Completing sessions whose sets are all done: progression, records and usage, each session once. Thread k
-- of n takes every n-th prepared session, so no two requests complete the same one.
dofile("bench/scenarios/common.lua")
local pairs_list = {}
for _, user in ipairs(all_users()) do
  for _, session in ipairs(user.completions) do
    pairs_list[#pairs_list + 1] = { user = user, session = session }
  end
end
local threads, next_index = 1, 1
init = function(args)
  pace(args)
  threads = tonumber(args[1]) or 1
  next_index = (id or 0) + 1
end
request = function()
  local entry = pairs_list[((next_index - 1) % #pairs_list) + 1]
  next_index = next_index + threads
  return send("POST", entry.user, "/api/training-sessions/" .. entry.session .. "/complete", "")
end
