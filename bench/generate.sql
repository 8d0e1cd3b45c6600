-- Fills an Overload database with realistic, deterministic data for benchmarks.
-- psql variables: first and users (generate users number first..users, so a database can grow), seed (any
-- integer), password_hash (the hash every user gets).
-- Every "random" choice is a hash of (seed, what, numbers), so a seed always gives the same data,
-- whatever order PostgreSQL evaluates rows in. Plain statements only (no psql command but ON_ERROR_STOP)
-- so a test can run it through JDBC too.

\set ON_ERROR_STOP on
begin;
set local synchronous_commit = off;

create temporary table bench_settings on commit drop as select :first::int as first, :users::int as users, :seed::int as seed;

create or replace function pg_temp.pick(what text, a bigint, b bigint, c bigint, low int, high int)
    returns int language sql immutable
    return low + (abs(hashtextextended(what || ':' || a || ':' || b || ':' || c,
                                       (select seed from bench_settings))) % (high - low + 1))::int;

create temporary table bench_exercises on commit drop as
select row_number() over (order by name) as n, id
from exercises where owner_id is null and category in ('STRENGTH', 'POWER');

-- Users
insert into users (id, username, email, password_hash, role, first_name, weight_unit, created_at, updated_at)
select uuidv7(), 'bench_' || u, 'bench_' || u || '@bench.invalid', :'password_hash', 'USER', 'Bench ' || u,
       case when pg_temp.pick('unit', u, 0, 0, 1, 4) = 1 then 'LB' else 'KG' end,
       now() - interval '2 years', now()
from generate_series((select first from bench_settings), (select users from bench_settings)) as u;

create temporary table bench_users on commit drop as
select id, substring(username from 7)::int as u from users
where username ~ '^bench_[0-9]+$' and substring(username from 7)::int >= (select first from bench_settings);
create index on bench_users (u);

-- Plans: 2-4 per user, 3-6 days, 4-8 exercises a day, 3-5 sets an exercise.
insert into training_plans (id, user_id, name, description, status, is_public, difficulty_level, muscle_types,
                            estimated_duration, created_at, updated_at)
select uuidv7(), bu.id, 'Plan ' || p || ' of user ' || bu.u, 'Generated for benchmarks',
       case when p = 1 then 'ACTIVE' else 'IDLE' end, pg_temp.pick('public', bu.u, p, 0, 1, 10) = 1,
       (array['BEGINNER', 'INTERMEDIATE', 'ADVANCED'])[pg_temp.pick('difficulty', bu.u, p, 0, 1, 3)],
       array[(array['chest', 'back', 'legs', 'shoulders', 'arms', 'core'])[pg_temp.pick('muscle', bu.u, p, 0, 1, 6)]],
       pg_temp.pick('duration', bu.u, p, 0, 40, 90), now() - interval '2 years', now()
from bench_users bu
cross join lateral generate_series(1, pg_temp.pick('plans', bu.u, 0, 0, 2, 4)) as p;

create temporary table bench_plans on commit drop as
select p.id, p.user_id, bu.u, substring(p.name from 'Plan (\d+)')::int as p
from training_plans p join bench_users bu on bu.id = p.user_id;

insert into training_plan_days (id, user_id, training_plan_id, name, order_index, created_at, updated_at)
select uuidv7(), bp.user_id, bp.id, 'Day ' || d, d, now(), now()
from bench_plans bp
cross join lateral generate_series(1, pg_temp.pick('days', bp.u, bp.p, 0, 3, 6)) as d;

create temporary table bench_days on commit drop as
select d.id, d.user_id, d.training_plan_id, bp.u, bp.p, d.order_index as d
from training_plan_days d join bench_plans bp on bp.id = d.training_plan_id;

insert into training_plan_exercises (id, user_id, training_plan_id, training_plan_day_id, exercise_id,
                                     order_index, rest_time_seconds, created_at, updated_at)
select uuidv7(), bd.user_id, bd.training_plan_id, bd.id,
       (select id from bench_exercises where n = pg_temp.pick('exercise', bd.u * 100 + bd.p, bd.d, e, 1,
                                                                (select count(*)::int from bench_exercises))),
       e, 90 + 30 * pg_temp.pick('rest', bd.u, bd.d, e, 0, 4), now(), now()
from bench_days bd
cross join lateral generate_series(1, pg_temp.pick('exercises', bd.u * 100 + bd.p, bd.d, 0, 4, 8)) as e;

insert into training_plan_exercise_sets (id, user_id, training_plan_id, training_plan_exercise_id, set_index,
                                         expected_reps, expected_weight, created_at, updated_at)
select uuidv7(), pe.user_id, pe.training_plan_id, pe.id, s,
       (array[3, 5, 8, 10, 12])[pg_temp.pick('reps', bd.u * 100 + bd.p, bd.d, pe.order_index, 1, 5)],
       2.5 * pg_temp.pick('weight', bd.u * 100 + bd.p, bd.d, pe.order_index, 8, 60), now(), now()
from training_plan_exercises pe
join bench_days bd on bd.id = pe.training_plan_day_id
cross join lateral generate_series(1, pg_temp.pick('sets', bd.u * 100 + bd.p, bd.d, pe.order_index, 3, 5)) as s;

-- Sessions: 6-24 months back, 3-5 a week, of the days of each user's first plan; all completed.
create temporary table bench_sessions on commit drop as
select bu.id as user_id, bu.u, n,
       now() - make_interval(days => (n * 7.0 / pg_temp.pick('per_week', bu.u, 0, 0, 3, 5))::int)
           + make_interval(hours => pg_temp.pick('hour', bu.u, n, 0, 6, 20)) as at
from bench_users bu
cross join lateral generate_series(1, (pg_temp.pick('months', bu.u, 0, 0, 6, 24) * 30
                                       * pg_temp.pick('per_week', bu.u, 0, 0, 3, 5) / 7)) as n;

insert into training_sessions (id, user_id, training_plan_id, training_plan_day_id, title, status, session_date,
                               started_at, ended_at, duration_minutes, session_number, created_at, updated_at)
select uuidv7(), bs.user_id, bd.training_plan_id, bd.id, 'Day ' || bd.d, 'COMPLETED', bs.at, bs.at,
       bs.at + interval '1 hour', 60, bs.n, bs.at, bs.at
from bench_sessions bs
join bench_days bd on bd.u = bs.u and bd.p = 1
 and bd.d = 1 + bs.n % (select count(*) from bench_days x where x.u = bs.u and x.p = 1);

insert into session_exercises (id, user_id, training_session_id, exercise_id, training_plan_exercise_id,
                               order_index, created_at, updated_at)
select uuidv7(), s.user_id, s.id, pe.exercise_id, pe.id, pe.order_index, s.session_date, s.session_date
from training_sessions s
join training_plan_exercises pe on pe.training_plan_day_id = s.training_plan_day_id
where s.user_id in (select id from bench_users);

insert into session_sets (id, user_id, training_session_id, session_exercise_id, set_index, expected_reps,
                          expected_weight, actual_reps, actual_weight, status, completed_at, created_at, updated_at)
select uuidv7(), se.user_id, se.training_session_id, se.id, ps.set_index, ps.expected_reps, ps.expected_weight,
       ps.expected_reps - (pg_temp.pick('miss', bu.u * 100000 + s.session_number, se.order_index, ps.set_index, 1, 10)
                           / 10),
       ps.expected_weight, 'COMPLETED', s.session_date + make_interval(mins => 5 * ps.set_index),
       s.session_date, s.session_date
from session_exercises se
join training_sessions s on s.id = se.training_session_id
join bench_users bu on bu.id = s.user_id
join training_plan_exercise_sets ps on ps.training_plan_exercise_id = se.training_plan_exercise_id;

-- Each completed session's totals, as completing it counts them (SessionTotals, docs/decisions/session-totals.md).
update training_sessions s
set completed_sets = t.sets, volume_kg = t.volume, rir_total = t.rir_total, rir_sets = t.rir_sets
from (select ss.training_session_id, count(*) as sets,
             coalesce(sum(ss.actual_reps * coalesce(ss.actual_weight, 0)), 0) as volume,
             coalesce(sum(ss.rir), 0) as rir_total, count(ss.rir) as rir_sets
      from session_sets ss where ss.status = 'COMPLETED' and ss.user_id in (select id from bench_users)
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
      where s.status = 'COMPLETED' and ss.status = 'COMPLETED' and s.user_id in (select id from bench_users)) sets
group by session_id, user_id, exercise_id, session_date;

-- Personal records: each user's best set per exercise, as of its session.
insert into personal_records (user_id, exercise_id, record_type, record_value, weight, reps, training_session_id,
                              session_set_id, achieved_at)
select distinct on (se.user_id, se.exercise_id)
       se.user_id, se.exercise_id, 'HEAVIEST_WEIGHT', ss.actual_weight, ss.actual_weight, ss.actual_reps,
       ss.training_session_id, ss.id, ss.completed_at
from session_sets ss join session_exercises se on se.id = ss.session_exercise_id
where se.user_id in (select id from bench_users) and ss.actual_weight > 0
order by se.user_id, se.exercise_id, ss.actual_weight desc, ss.completed_at;

insert into exercise_usage (user_id, exercise_id, usage_count, last_used_at)
select se.user_id, se.exercise_id, count(*), max(s.session_date)
from session_exercises se join training_sessions s on s.id = se.training_session_id
where se.user_id in (select id from bench_users)
group by se.user_id, se.exercise_id;

commit;
analyze;
