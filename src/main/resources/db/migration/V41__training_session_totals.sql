-- What a completed session's completed sets add up to, kept on the session so that weekly volume and the training
-- summary read one row a session instead of its ~40 sets (issue 18; docs/decisions/session-totals.md). Written when
-- the session is completed (SessionCompletion, SessionTotals); a completed session's sets no longer change. Zero on
-- sessions not completed, which the statistics do not read.
alter table training_sessions
    add column completed_sets integer        not null default 0,
    add column volume_kg      numeric(18, 5) not null default 0,
    add column rir_total      integer        not null default 0,
    add column rir_sets       integer        not null default 0;

update training_sessions s
set completed_sets = t.sets, volume_kg = t.volume, rir_total = t.rir_total, rir_sets = t.rir_sets
from (select ss.training_session_id, count(*) as sets,
             coalesce(sum(ss.actual_reps * coalesce(ss.actual_weight, 0)), 0) as volume,
             coalesce(sum(ss.rir), 0) as rir_total, count(ss.rir) as rir_sets
      from session_sets ss where ss.status = 'COMPLETED'
      group by ss.training_session_id) t
where s.id = t.training_session_id and s.status = 'COMPLETED';

-- The statistics' reads of a user's completed sessions in a range (and all of them, for streaks) from the index
-- alone.
create index training_sessions_completed_idx on training_sessions (user_id, session_date)
    include (completed_sets, volume_kg, rir_total, rir_sets, duration_minutes) where status = 'COMPLETED';
