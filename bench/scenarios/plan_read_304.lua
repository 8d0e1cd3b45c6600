-- A plan read revalidated: the client sends the ETag it holds (If-None-Match) and gets 304 Not Modified.
-- bench/run writes each sampled user's token, plan and that plan's ETag to bench/work/etags.txt.
dofile("bench/scenarios/common.lua")
local tagged = {}
for line in io.lines("bench/work/etags.txt") do
  local token, plan, etag = line:match("^(%S+) (%S+) (.+)$")
  tagged[#tagged + 1] = { token = token, plan = plan, etag = etag }
end
request = function()
  local entry = tagged[math.random(#tagged)]
  return wrk.format("GET", "/api/training-plans/" .. entry.plan,
      { ["Authorization"] = "Bearer " .. entry.token, ["If-None-Match"] = entry.etag })
end
-- Anything but 304 means the revalidation did not happen: counted as an error.
response = function(status)
  if status ~= 304 then
    unexpected = unexpected + 1
  end
end
