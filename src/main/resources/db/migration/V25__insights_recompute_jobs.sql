-- A user's request to recompute insights is now a job (/api/jobs/{id}) whose db-scheduler execution is named by
-- the job's id. Requests queued before this version were named by the user's id: they become marks for the
-- nightly recompute instead.
insert into insight_staleness (user_id, stale_since)
select t.task_instance::uuid, now()
from scheduled_tasks t
join users u on u.id::text = t.task_instance
where t.task_name = 'insights-recompute'
on conflict (user_id) do nothing;
delete from scheduled_tasks where task_name = 'insights-recompute';
