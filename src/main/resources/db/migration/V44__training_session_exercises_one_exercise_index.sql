-- One index on a session exercise's catalog exercise instead of two: every exercise written into a session (six
-- when a plan day of six exercises is started, issue 18) maintains five indexes instead of six.
--
-- session_exercises_user_exercise_idx (user_id, exercise_id) and session_exercises_exercise_idx (exercise_id) served
-- these reads, all of which name both the user and the exercise, and the key from exercises, which names the
-- exercise alone:
--   PerformedQueries (an exercise's performed sets)   se.user_id = :user and se.exercise_id = :exercise
--   RecordQueries (an exercise's best sets)           se.user_id = :user and se.exercise_id = :exercise
--   SessionInsights (each exercise's last session)    se.user_id = :user and se.exercise_id = any(:exercises)
--   session_exercises_exercise_id_fkey (deleting a custom exercise checks it is unused)   exercise_id = $1
-- No read names the user alone. (exercise_id, user_id) answers all four: equality on both columns, or on its first.
create index session_exercises_exercise_user_idx on session_exercises (exercise_id, user_id);
drop index session_exercises_user_exercise_idx;
drop index session_exercises_exercise_idx;
