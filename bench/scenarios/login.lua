-- Logging in: dominated by Argon2id by design.
dofile("bench/scenarios/common.lua")
request = function()
  local user = random_user()
  return wrk.format("POST", "/api/auth/login", { ["Content-Type"] = "application/json" },
      '{"username":"' .. user.username .. '","password":"bench-password-1"}')
end
