-- The user's current personal records.
dofile("bench/scenarios/common.lua")
request = function() return get(random_user(), "/api/personal-records?limit=20") end
