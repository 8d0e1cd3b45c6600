-- A trainer reads a client's plan, acting for the client (Act-As-User): the trainer's token, the client's
-- grant checked, the plan read as the client. bench/work/trainer.txt: the trainer's token; clients.txt: one
-- "client user id, plan id" a line (the sampled users, all clients of that trainer).
dofile("bench/scenarios/common.lua")
local trainer = io.open("bench/work/trainer.txt"):read("*l")
local clients = {}
for line in io.lines("bench/work/clients.txt") do
  local client, plan = line:match("^(%S+) (%S+)$")
  clients[#clients + 1] = { client = client, plan = plan }
end
request = function()
  local entry = clients[math.random(#clients)]
  return wrk.format("GET", "/api/training-plans/" .. entry.plan,
      { ["Authorization"] = "Bearer " .. trainer, ["Act-As-User"] = entry.client })
end
