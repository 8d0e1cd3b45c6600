-- The framework's ceiling: an authenticated request that touches no database.
dofile("bench/scenarios/common.lua")
request = function() return get(random_user(), "/api/users/me/token") end
