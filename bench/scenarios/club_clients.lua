-- The trainer's client list, first page of 20 (of the sampled users, all the trainer's clients).
dofile("bench/scenarios/common.lua")
local trainer = io.open("bench/work/trainer.txt"):read("*l")
request = function()
  return wrk.format("GET", "/api/club/clients?limit=20", { ["Authorization"] = "Bearer " .. trainer })
end
