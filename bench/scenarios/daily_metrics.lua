-- Recording a day of wellness readings (the 20-second check-in) for one of the user's last 300 days.
dofile("bench/scenarios/common.lua")
request = function()
  local date = os.date("!%Y-%m-%d", os.time() - 86400 * math.random(2, 300))
  return send("PUT", random_user(), "/api/daily-metrics/" .. date, string.format(
      '{"sleep_quality":%d,"stress_level":%d,"energy_level":%d,"motivation_level":%d,"body_weight":%.1f}',
      math.random(1, 5), math.random(1, 10), math.random(1, 10), math.random(1, 10), 70 + math.random() * 20))
end
