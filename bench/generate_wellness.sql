-- Adds a year of wellness days to the generated benchmark users (bench/generate.sql first): on about five
-- days in six a row with last night's sleep, how the user felt, body weight, steps and water, and three
-- meals. Deterministic like the generator: every choice is a hash of (seed, what, user, day).
-- psql variables: seed.

\set ON_ERROR_STOP on
begin;
set local synchronous_commit = off;

create or replace function pg_temp.pick(what text, a bigint, b bigint, low int, high int)
    returns int language sql immutable
    return low + (abs(hashtextextended(what || ':' || a || ':' || b, :seed)) % (high - low + 1))::int;

create temporary table bench_days on commit drop as
select u.id as user_id, substring(u.username from 7)::int as u, d::date as date, (current_date - d::date) as n
from users u, generate_series(current_date - 364, current_date, interval '1 day') as d
where u.username ~ '^bench_[0-9]+$'
  and pg_temp.pick('recorded', substring(u.username from 7)::int, current_date - d::date, 1, 6) > 1
  and not exists (select 1 from daily_metrics m where m.user_id = u.id);

insert into daily_metrics (user_id, date, sleep_start, sleep_end, sleep_quality, stress_level, energy_level,
                           motivation_level, body_weight_kg, steps, water_ml)
select user_id, date,
       (date - 1) + time '22:00' + make_interval(mins => pg_temp.pick('asleep', u, n, 0, 120)),
       (date - 1) + time '22:00' + make_interval(mins => pg_temp.pick('asleep', u, n, 0, 120)
                                                         + pg_temp.pick('slept', u, n, 300, 540)),
       pg_temp.pick('quality', u, n, 1, 5), pg_temp.pick('stress', u, n, 1, 10), pg_temp.pick('energy', u, n, 1, 10),
       pg_temp.pick('motivation', u, n, 1, 10),
       60 + pg_temp.pick('build', u, 0, 0, 40) + pg_temp.pick('weight', u, n, 0, 20) / 10.0,
       pg_temp.pick('steps', u, n, 1000, 20000), pg_temp.pick('water', u, n, 500, 4000)
from bench_days;

insert into meals (user_id, daily_metrics_id, position, name, time, calories, protein_g, carbs_g, fat_g)
select m.user_id, m.id, meal, (array['Breakfast', 'Lunch', 'Dinner'])[meal], make_time(4 + 5 * meal, 0, 0),
       pg_temp.pick('kcal', meal, hashtext(m.id::text), 300, 1200), pg_temp.pick('protein', meal, hashtext(m.id::text), 10, 60),
       pg_temp.pick('carbs', meal, hashtext(m.id::text), 20, 150), pg_temp.pick('fat', meal, hashtext(m.id::text), 5, 50)
from daily_metrics m
join bench_days b on b.user_id = m.user_id and b.date = m.date, generate_series(1, 3) as meal;

commit;
