-- What each exercise of a completed session adds up to, kept per session and exercise so that the hard sets per
-- muscle group and the estimated-1RM trend read one row per exercise a session instead of its sets (issue 18;
-- docs/decisions/session-exercise-totals.md). Written when the session is completed, in the statement that writes
-- the session's totals (SessionTotals); a completed session's sets no longer change. Only completed sessions have
-- rows, one for each exercise with a completed set.
--   hard_sets                    completed sets with a RIR of at most 3, or none recorded
--   e1rm_kg                      the best Epley estimate of a completed set with reps and weight, null when none had
--   e1rm_weight_kg, e1rm_reps    that set's weight and reps (the heaviest of equal estimates)
-- session_date is the session's, which a completed session keeps.
create table session_exercise_totals (
    training_session_id uuid        not null,
    user_id             uuid        not null,
    exercise_id         uuid        not null,
    session_date        timestamptz not null,
    hard_sets           integer     not null,
    e1rm_kg             numeric,
    e1rm_weight_kg      numeric(10, 5),
    e1rm_reps           integer,
    primary key (training_session_id, exercise_id),
    constraint session_exercise_totals_session_fkey foreign key (training_session_id, user_id)
        references training_sessions (id, user_id) on delete cascade
);

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
      where s.status = 'COMPLETED' and ss.status = 'COMPLETED') sets
group by session_id, user_id, exercise_id, session_date;

-- A user's hard sets in a range, and an exercise's estimated 1RMs in a range, from the index alone.
create index session_exercise_totals_hard_sets_idx on session_exercise_totals (user_id, session_date)
    include (exercise_id, hard_sets) where hard_sets > 0;
create index session_exercise_totals_e1rm_idx on session_exercise_totals (user_id, exercise_id, session_date)
    include (training_session_id, e1rm_kg, e1rm_weight_kg, e1rm_reps) where e1rm_kg is not null;
