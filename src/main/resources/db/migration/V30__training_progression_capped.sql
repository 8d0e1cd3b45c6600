-- A progression that would take a target past the 10,000 kg bound stops at it (before, the completion failed and
-- left the session in progress); the session's progression result says so.
alter table session_progressions add column capped boolean not null default false;
