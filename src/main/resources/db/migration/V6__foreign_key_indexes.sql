-- Every foreign key column leads an index (SchemaTests checks it): deleting a row checks, cascades to or
-- clears the rows that refer to it, and without an index each deleted row scans the referring table. Found
-- by the benchmark: clearing 6,000 sessions of a 1,000-user database, whose sets cascade to the personal
-- records they set, had not finished after five minutes.
create index personal_records_session_set_idx on personal_records (session_set_id);
create index personal_records_exercise_idx on personal_records (exercise_id);
create index session_progressions_exercise_idx on session_progressions (exercise_id);
create index exercise_usage_exercise_idx on exercise_usage (exercise_id);
create index exercises_created_by_idx on exercises (created_by);
create index training_plans_copied_from_idx on training_plans (copied_from_id);
create index users_active_training_plan_idx on users (active_training_plan_id);
