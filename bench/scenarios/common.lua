-- Shared by every scenario: the sampled users (token and ids, one line each in bench/work/users.txt),
-- a random user per request, and one result line for bench/run to read.
local users = {}
for line in io.lines("bench/work/users.txt") do
  local token, username, plan, day, session, sets, completions = line:match("^(%S+) (%S+) (%S+) (%S+) (%S+) (%S+) (%S+)$")
  local user = { token = token, username = username, plan = plan, day = day, session = session, sets = {}, completions = {} }
  for id in sets:gmatch("[^,]+") do user.sets[#user.sets + 1] = id end
  for id in completions:gmatch("[^,]+") do user.completions[#user.completions + 1] = id end
  users[#users + 1] = user
end

function random_user()
  return users[math.random(#users)]
end

function all_users()
  return users
end

function get(user, path)
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. user.token })
end

function send(method, user, path, body)
  local headers = { ["Authorization"] = "Bearer " .. user.token, ["Content-Type"] = "application/json" }
  return wrk.format(method, path, headers, body)
end

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

-- A scenario's response() counts an answer it did not expect here (wrk itself counts only status >= 400).
unexpected = 0

-- Arguments after "--": wrk threads, then optionally a request rate for the whole run and the number of
-- connections; with a rate, each connection waits between requests so that together they keep to it.
local pause_ms = 0
function pace(args)
  local rate, connections = tonumber(args[2] or ""), tonumber(args[3] or "")
  if rate and connections and rate > 0 then
    pause_ms = 1000 * connections / rate
  end
end

function delay()
  return pause_ms
end

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
  pace(args)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  for _, thread in ipairs(threads) do
    errors = errors + (thread:get("unexpected") or 0)
  end
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
