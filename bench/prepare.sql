-- Readies the first :sample generated users for a benchmark run: for each, a pending session of the first
-- day of its first plan (for logging sets) and :completions pending sessions whose sets are all done (for
-- completing). Run again before every run: earlier runs used these up.

\set ON_ERROR_STOP on
begin;

drop table if exists bench_sample;
create table bench_sample as
select u.n, u.id as user_id, u.username, p.id as plan_id, d.id as day_id
from (select id, username, substring(username from 7)::int as n from users where username ~ '^bench_[0-9]+$') u
cross join lateral (select id from training_plans where user_id = u.id order by name limit 1) p
cross join lateral (select id from training_plan_days where training_plan_id = p.id order by order_index limit 1) d
where u.n <= :sample;

-- Sessions made by earlier runs go, so every run starts from the same state.
delete from training_sessions s using bench_sample b
where s.user_id = b.user_id and (s.status <> 'COMPLETED' or s.title like 'bench %');

create temporary table bench_new_sessions on commit drop as
select uuidv7() as id, b.user_id, b.plan_id, b.day_id, k,
       case when k = 0 then 'bench log' else 'bench complete' end as title
from bench_sample b cross join generate_series(0, :completions) as k;

insert into training_sessions (id, user_id, training_plan_id, training_plan_day_id, title, status, session_date,
                               created_at, updated_at)
select id, user_id, plan_id, day_id, title, 'PENDING', now(), now(), now() from bench_new_sessions;

insert into session_exercises (id, user_id, training_session_id, exercise_id, training_plan_exercise_id,
                               order_index, created_at, updated_at)
select uuidv7(), s.user_id, s.id, pe.exercise_id, pe.id, pe.order_index, now(), now()
from bench_new_sessions s join training_plan_exercises pe on pe.training_plan_day_id = s.day_id;

insert into session_sets (id, user_id, training_session_id, session_exercise_id, set_index, expected_reps,
                          expected_weight, actual_reps, actual_weight, status, completed_at, created_at, updated_at)
select uuidv7(), se.user_id, se.training_session_id, se.id, ps.set_index, ps.expected_reps, ps.expected_weight,
       case when s.k = 0 then null else ps.expected_reps end, case when s.k = 0 then null else ps.expected_weight end,
       case when s.k = 0 then 'PENDING' else 'COMPLETED' end, case when s.k = 0 then null else now() end, now(), now()
from bench_new_sessions s
join session_exercises se on se.training_session_id = s.id
join training_plan_exercise_sets ps on ps.training_plan_exercise_id = se.training_plan_exercise_id;

-- Numbered plans of the sample, for pgbench to pick from.
drop table if exists bench_plan_ids;
create table bench_plan_ids as select row_number() over (order by plan_id) as i, plan_id as id from bench_sample;

commit;
analyze training_sessions, session_exercises, session_sets;
