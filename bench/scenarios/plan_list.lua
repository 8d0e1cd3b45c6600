-- The user's plans, each with its tree.
dofile("bench/scenarios/common.lua")
request = function() return get(random_user(), "/api/training-plans?limit=20") end
