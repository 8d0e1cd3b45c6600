-- A session's rows are checked through the row they belong to instead of one foreign key per column.
--
-- Starting a session of 6 exercises x 4 sets ran about 95 foreign-key checks (issue 18): each set checked users,
-- training_sessions and session_exercises, each exercise users and training_sessions besides its catalog exercise
-- and plan slot; completing one checked users and training_sessions again for every record and progression row.
-- Each of these rows now has one key to the row it belongs to that carries the session and the user along:
--   session_sets (session_exercise_id, training_session_id, user_id) -> session_exercises
--   session_exercises, session_progressions, personal_records (training_session_id, user_id) -> training_sessions
-- and training_sessions.user_id references users as before. Integrity holds, and more than before: a set's session
-- and user are those of its exercise, an exercise's, record's or progression's user is its session's (the single-
-- column keys only said that some such session and user existed). Deleting a user still deletes everything: the
-- user's sessions go by their key, their exercises, sets, records and progressions by these keys' cascades.
-- Each new key's leading column already leads an index (session_sets_order_key, session_exercises_order_key,
-- personal_records_session_idx, session_progressions_session_idx), so cascades stay index lookups.
-- session_sets_user_idx and session_progressions_user_idx served only the dropped keys' cascades from users (no
-- query reads sets or progressions by user), and go: every set written maintains three indexes instead of four.

alter table training_sessions add constraint training_sessions_id_user_key unique (id, user_id);
alter table session_exercises add constraint session_exercises_id_session_user_key
    unique (id, training_session_id, user_id);

alter table session_sets
    drop constraint session_sets_user_id_fkey,
    drop constraint session_sets_training_session_id_fkey,
    drop constraint session_sets_session_exercise_id_fkey,
    add constraint session_sets_exercise_fkey foreign key (session_exercise_id, training_session_id, user_id)
        references session_exercises (id, training_session_id, user_id) on delete cascade;
drop index session_sets_user_idx;

alter table session_exercises
    drop constraint session_exercises_user_id_fkey,
    drop constraint session_exercises_training_session_id_fkey,
    add constraint session_exercises_session_fkey foreign key (training_session_id, user_id)
        references training_sessions (id, user_id) on delete cascade;

alter table personal_records
    drop constraint personal_records_user_id_fkey,
    drop constraint personal_records_training_session_id_fkey,
    add constraint personal_records_session_fkey foreign key (training_session_id, user_id)
        references training_sessions (id, user_id) on delete cascade;

alter table session_progressions
    drop constraint session_progressions_user_id_fkey,
    drop constraint session_progressions_training_session_id_fkey,
    add constraint session_progressions_session_fkey foreign key (training_session_id, user_id)
        references training_sessions (id, user_id) on delete cascade;
drop index session_progressions_user_idx;
