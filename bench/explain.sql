-- EXPLAIN (ANALYZE, BUFFERS) of the most expensive reads the scenarios make, as the first sampled user
-- (bench_1). Run against a generated database while the service (or its embedded PostgreSQL) is up:
--   psql -h localhost -p 55433 -U postgres -f bench/explain.sql

\set ON_ERROR_STOP on
select id as "user" from users where username = 'bench_1' \gset

\echo '== session_window: the last 30 days of sessions (first statement of GET /api/training-sessions)'
explain (analyze, buffers, costs off)
select s.id, s.training_plan_id, s.training_plan_day_id, s.user_id, s.schedule_id, s.scheduled_start, s.title,
       s.session_date, s.status, s.started_at, s.ended_at, s.duration_minutes, s.comments, s.mesocycle_name,
       s.session_number, count(*) over () as total
from training_sessions s
where s.user_id = :'user' and s.session_date >= now() - interval '30 days' and s.session_date < now() + interval '1 day'
order by s.session_date desc, s.id desc limit 20 offset 0;

select array_agg(id) as ids from (
    select id from training_sessions where user_id = :'user' and session_date >= now() - interval '30 days'
    order by session_date desc, id desc limit 20) recent \gset

\echo '== session_window: the sets of those sessions'
explain (analyze, buffers, costs off)
select ss.id, ss.training_session_id, ss.session_exercise_id, ss.set_index, ss.expected_reps, ss.expected_weight,
       ss.actual_reps, ss.actual_weight, ss.rir, ss.status, ss.completed_at
from session_sets ss join session_exercises se on se.id = ss.session_exercise_id
where ss.training_session_id = any(:'ids'::uuid[])
order by ss.training_session_id, se.order_index, ss.set_index;

\echo '== exercise_search: GET /api/exercises?search=press&limit=20'
explain (analyze, buffers, costs off)
select e.id, e.name, e.description, e.category, e.exercise_type, e.difficulty, e.owner_id, e.created_by,
       e.created_at, e.updated_at, mg.slug as primary_muscle, mg.body_region,
       coalesce(u.usage_count, 0) as usage_count, u.last_used_at, count(*) over () as total
from exercises e
join muscle_groups mg on mg.id = e.primary_muscle_group_id
left join exercise_usage u on u.exercise_id = e.id and u.user_id = :'user'
where (e.owner_id is null or e.owner_id = :'user') and e.search_text like '%' || fold_search_text('press') || '%'
order by case when fold_search_text(e.name) like fold_search_text('press') || '%' then 0
              when fold_search_text(e.name) like '%' || fold_search_text('press') || '%' then 1 else 2 end,
         e.name, e.id
limit 20 offset 0;

\echo '== records: GET /api/personal-records'
explain (analyze, buffers, costs off)
with current as (
    select distinct on (exercise_id, record_type, case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end)
           id, exercise_id, record_type, record_value, weight, reps, training_session_id, session_set_id, achieved_at
    from personal_records where user_id = :'user'
    order by exercise_id, record_type, case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end,
             record_value desc, achieved_at)
select *, count(*) over () as total from current order by achieved_at desc, id limit 20 offset 0;
