-- The training summary of the last 12 weeks (the default range): totals, adherence and streaks.
dofile("bench/scenarios/common.lua")
request = function()
  return get(random_user(), "/api/stats/summary")
end
