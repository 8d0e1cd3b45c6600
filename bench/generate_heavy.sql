-- One heavy user for the reports benchmark: three years of training, five sessions a week (Monday to Friday),
-- from a five-day plan of five exercises × four sets whose weights rise slowly with noise, the personal records
-- those sets set, and a year of daily body weights. Deterministic for a seed.
-- psql variables: username (an existing account's), seed (any integer).

\set ON_ERROR_STOP on
begin;
set local synchronous_commit = off;

create temporary table heavy_settings on commit drop as
select (select id from users where username = :'username') as user_id, :seed::int as seed,
       current_date - 3 * 365 + 1 as first_day, current_date - 1 as last_day;

create or replace function pg_temp.noise(what text, a bigint, b bigint)
    returns double precision language sql immutable
    return (abs(hashtextextended(what || ':' || a || ':' || b, (select seed from heavy_settings))) % 1000) / 1000.0;

-- The main lifts first (they get the most volume), then other strength exercises by name.
create temporary table heavy_exercises on commit drop as
select row_number() over (order by priority, name) as n, id, name from (
    select id, name, case name when 'Barbell Back Squat' then 1 when 'Barbell Bench Press' then 2
                               when 'Barbell Deadlift' then 3 else 4 end as priority
    from exercises where owner_id is null and category in ('STRENGTH', 'POWER')) e;

insert into training_plans (id, user_id, name, description, status, created_at, updated_at)
select uuidv7(), user_id, 'Heavy five days', 'Generated for the reports benchmark', 'ACTIVE', now(), now()
from heavy_settings;

create temporary table heavy_days on commit drop as
select uuidv7() as id, p.id as plan_id, d
from training_plans p, generate_series(1, 5) as d
where p.user_id = (select user_id from heavy_settings) and p.name = 'Heavy five days';

insert into training_plan_days (id, user_id, training_plan_id, name, order_index, created_at, updated_at)
select id, (select user_id from heavy_settings), plan_id, 'Day ' || d, d, now(), now() from heavy_days;

-- Day d: a main lift (squat, bench, deadlift, squat, bench) then four others; 4 sets of 5 or 8.
create temporary table heavy_slots on commit drop as
select uuidv7() as id, hd.id as day_id, hd.plan_id, hd.d, e,
       case when e = 1 then (array[1, 2, 3, 1, 2])[hd.d] else 3 + ((hd.d - 1) * 4 + e - 1) end as exercise_n,
       case when e = 1 then 5 else 8 end as reps,
       case when e = 1 then (array[100, 80, 140, 100, 80])[hd.d] else 30 + 5 * ((hd.d * 7 + e) % 9) end as base_kg
from heavy_days hd, generate_series(1, 5) as e;

insert into training_plan_exercises (id, user_id, training_plan_id, training_plan_day_id, exercise_id,
                                     order_index, rest_time_seconds, created_at, updated_at)
select s.id, (select user_id from heavy_settings), s.plan_id, s.day_id, x.id, s.e, 120, now(), now()
from heavy_slots s join heavy_exercises x on x.n = s.exercise_n;

insert into training_plan_exercise_sets (id, user_id, training_plan_id, training_plan_exercise_id, set_index,
                                         expected_reps, expected_weight, created_at, updated_at)
select uuidv7(), (select user_id from heavy_settings), s.plan_id, s.id, i, s.reps, s.base_kg, now(), now()
from heavy_slots s, generate_series(1, 4) as i;

-- Sessions: every weekday of the three years, the plan's days in turn, at 07:00 UTC for an hour.
create temporary table heavy_sessions on commit drop as
select uuidv7() as id, day, row_number() over (order by day) as n
from generate_series((select first_day from heavy_settings), (select last_day from heavy_settings),
                     interval '1 day') as day
where extract(isodow from day) <= 5;

insert into training_sessions (id, user_id, training_plan_id, training_plan_day_id, title, status, session_date,
                               started_at, ended_at, duration_minutes, session_number, created_at, updated_at)
select hs.id, (select user_id from heavy_settings), hd.plan_id, hd.id, 'Day ' || hd.d, 'COMPLETED',
       hs.day + interval '7 hours', hs.day + interval '7 hours', hs.day + interval '8 hours', 60, hs.n,
       hs.day + interval '7 hours', hs.day + interval '8 hours'
from heavy_sessions hs join heavy_days hd on hd.d = 1 + (hs.n - 1) % 5;

insert into session_exercises (id, user_id, training_session_id, exercise_id, training_plan_exercise_id,
                               order_index, created_at, updated_at)
select uuidv7(), s.user_id, s.id, pe.exercise_id, pe.id, pe.order_index, s.session_date, s.session_date
from training_sessions s
join training_plan_exercises pe on pe.training_plan_day_id = s.training_plan_day_id
where s.user_id = (select user_id from heavy_settings);

-- Weights rise by a quarter over the three years, with ±2.5 % noise, rounded to 0.25 kg; RIR 1–3.
insert into session_sets (id, user_id, training_session_id, session_exercise_id, set_index, expected_reps,
                          expected_weight, actual_reps, actual_weight, rir, status, completed_at, created_at,
                          updated_at)
select uuidv7(), se.user_id, se.training_session_id, se.id, ps.set_index, ps.expected_reps, ps.expected_weight,
       ps.expected_reps,
       round((ps.expected_weight * (1 + 0.25 * s.session_number / 780.0)
              * (0.975 + 0.05 * pg_temp.noise('w', s.session_number, se.order_index * 10 + ps.set_index)))
             * 4) / 4,
       1 + (pg_temp.noise('rir', s.session_number, se.order_index * 10 + ps.set_index) * 3)::int % 3,
       'COMPLETED', s.session_date + make_interval(mins => 3 * ps.set_index), s.session_date, s.session_date
from session_exercises se
join training_sessions s on s.id = se.training_session_id
join training_plan_exercise_sets ps on ps.training_plan_exercise_id = se.training_plan_exercise_id
where se.user_id = (select user_id from heavy_settings);

-- Each completed session's totals, as completing it counts them (SessionTotals, docs/decisions/session-totals.md).
update training_sessions s
set completed_sets = t.sets, volume_kg = t.volume, rir_total = t.rir_total, rir_sets = t.rir_sets
from (select ss.training_session_id, count(*) as sets,
             coalesce(sum(ss.actual_reps * coalesce(ss.actual_weight, 0)), 0) as volume,
             coalesce(sum(ss.rir), 0) as rir_total, count(ss.rir) as rir_sets
      from session_sets ss
      where ss.status = 'COMPLETED' and ss.user_id = (select user_id from heavy_settings)
      group by ss.training_session_id) t
where s.id = t.training_session_id and s.status = 'COMPLETED';

-- Each completed session's totals per exercise, as completing it counts them (SessionTotals,
-- docs/decisions/session-exercise-totals.md).
insert into session_exercise_totals (training_session_id, user_id, exercise_id, session_date, hard_sets, e1rm_kg,
                                     e1rm_weight_kg, e1rm_reps)
select session_id, user_id, exercise_id, session_date, count(*) filter (where hard), max(e1rm),
       (array_agg(actual_weight order by e1rm desc, actual_weight desc) filter (where e1rm is not null))[1],
       (array_agg(actual_reps order by e1rm desc, actual_weight desc) filter (where e1rm is not null))[1]
from (select s.id as session_id, s.user_id, se.exercise_id, s.session_date, ss.actual_weight, ss.actual_reps,
             ss.rir is null or ss.rir <= 3 as hard,
             case when ss.actual_reps > 0 and ss.actual_weight > 0
                  then case when ss.actual_reps = 1 then ss.actual_weight
                            else round(ss.actual_weight * (1 + ss.actual_reps / 30.0), 3) end end as e1rm
      from training_sessions s
      join session_sets ss on ss.training_session_id = s.id
      join session_exercises se on se.id = ss.session_exercise_id
      where s.status = 'COMPLETED' and ss.status = 'COMPLETED' and s.user_id = (select user_id from heavy_settings)) sets
group by session_id, user_id, exercise_id, session_date;

-- A heaviest-weight record each time a set beat every earlier set of its exercise.
insert into personal_records (user_id, exercise_id, record_type, record_value, weight, reps, training_session_id,
                              session_set_id, achieved_at)
select user_id, exercise_id, 'HEAVIEST_WEIGHT', actual_weight, actual_weight, actual_reps, training_session_id, id,
       completed_at
from (select ss.*, se.exercise_id,
             max(ss.actual_weight) over (partition by se.exercise_id order by ss.completed_at, ss.id
                                         rows between unbounded preceding and 1 preceding) as best_before
      from session_sets ss join session_exercises se on se.id = ss.session_exercise_id
      where se.user_id = (select user_id from heavy_settings)) sets
where best_before is null or actual_weight > best_before;

-- The last year's body weight, every day: 82 kg drifting to 79 with a weekly wobble.
insert into daily_metrics (user_id, date, body_weight_kg, created_at, updated_at)
select (select user_id from heavy_settings), day::date,
       round((82 - 3 * (day::date - (current_date - 365)) / 365.0 + 0.4 * sin(extract(doy from day) / 1.2))::numeric, 1),
       now(), now()
from generate_series(current_date - 365, current_date - 1, interval '1 day') as day;

commit;
analyze;
