-- Completing sessions whose sets are all done: progression, records and usage, each session once. Thread k
-- of n takes every n-th prepared session, so no two requests complete the same one. The sessions are listed
-- user after user (each user's first, then each user's second, ...), so that requests in flight at once are
-- different users', as in life; listed by user, they all queued on one user's plan lock.
dofile("bench/scenarios/common.lua")
local pairs_list = {}
local most = 0
for _, user in ipairs(all_users()) do most = math.max(most, #user.completions) end
for n = 1, most do
  for _, user in ipairs(all_users()) do
    if user.completions[n] then
      pairs_list[#pairs_list + 1] = { user = user, session = user.completions[n] }
    end
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
