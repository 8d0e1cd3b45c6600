-- Jobs: long-running work a user follows at /api/jobs/{id} (a report, an insights recompute, later imports).
-- The work itself is a db-scheduler execution (scheduled_tasks) whose instance id is the job's id; this row is
-- what the user sees: its status, progress, error and the links to what it made.
create table jobs (
    id              uuid primary key default uuidv7(),
    user_id         uuid         not null references users (id) on delete cascade,
    -- Named by the module that runs it (REPORT, INSIGHTS_RECOMPUTE, …).
    type            varchar(40)  not null check (type ~ '^[A-Z][A-Z0-9_]*$'),
    title           varchar(200) not null,
    status          varchar(10)  not null default 'QUEUED'
        check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    progress        smallint     not null default 0 check (progress between 0 and 100),
    -- At most one waiting job of its type per user (an insights recompute): see jobs_one_waiting.
    exclusive       boolean      not null default false,
    email_when_done boolean      not null default false,
    -- How many times the work was started: more than one after a restart or a crash in the middle.
    attempts        integer      not null default 0,
    -- The problem (RFC 9457) when FAILED.
    error_status    integer,
    error_title     varchar(200),
    error_detail    varchar(2000),
    -- Links to what the job made, when DONE: {"report": "/api/reports/…", "file": "/api/reports/…/file"}.
    result          jsonb,
    created_at      timestamptz  not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    constraint jobs_finished_when_final check ((finished_at is not null) = (status in ('DONE', 'FAILED', 'CANCELLED')))
);
create index jobs_user_created_idx on jobs (user_id, created_at desc);
create unique index jobs_one_waiting on jobs (user_id, type) where exclusive and status = 'QUEUED';
-- The purge of old finished jobs.
create index jobs_finished_idx on jobs (finished_at) where finished_at is not null;
