-- Scheduling: workouts placed in the calendar, their reminders and in-app notifications, the calendar feed's
-- secret, and db-scheduler's durable job table.

-- A user's time zone (weekly repeats keep their local time across daylight-saving changes) and whether
-- reminders also go out by email.
alter table users
    add column time_zone       varchar(64) not null default 'UTC',
    add column email_reminders boolean     not null default true;

create table schedules (
    id              uuid primary key default uuidv7(),
    user_id         uuid        not null references users (id) on delete cascade,
    plan_id         uuid        not null references training_plans (id) on delete cascade,
    day_id          uuid references training_plan_days (id) on delete cascade,
    start_time      timestamptz not null,
    end_time        timestamptz not null,
    -- The zone the schedule repeats in: the user's at the time it was placed.
    time_zone       varchar(64) not null,
    remind_before   integer     not null default 0 check (remind_before between 0 and 10080),
    repeat_weekdays varchar(27),
    repeat_until    date,
    repeat_count    integer check (repeat_count between 1 and 1000),
    -- When the next reminder is due (the reminder job's queue), null when there is none.
    next_reminder_at timestamptz,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    constraint schedules_end_after_start check (end_time > start_time),
    constraint schedules_repeat_bounds check (repeat_weekdays is not null or (repeat_until is null and repeat_count is null))
);
create index schedules_user_start_idx on schedules (user_id, start_time);
create index schedules_plan_idx on schedules (plan_id);
create index schedules_day_idx on schedules (day_id);
create index schedules_next_reminder_idx on schedules (next_reminder_at) where next_reminder_at is not null;

-- A session started from a schedule belongs to one of its occurrences, named by its start.
alter table training_sessions
    add column scheduled_start timestamptz,
    add constraint training_sessions_schedule_fk foreign key (schedule_id) references schedules (id) on delete set null;
create index training_sessions_schedule_idx on training_sessions (schedule_id, scheduled_start) where schedule_id is not null;

create table notifications (
    id               uuid primary key default uuidv7(),
    user_id          uuid         not null references users (id) on delete cascade,
    kind             varchar(32)  not null check (kind in ('WORKOUT_REMINDER')),
    title            varchar(200) not null,
    body             varchar(2000) not null,
    schedule_id      uuid references schedules (id) on delete set null,
    occurrence_start timestamptz,
    created_at       timestamptz  not null default now(),
    read_at          timestamptz
);
create index notifications_user_idx on notifications (user_id, created_at desc);
-- The gate that makes a reminder happen once per occurrence, whichever instance runs it and how often.
create unique index notifications_reminder_once on notifications (schedule_id, occurrence_start);

create table calendar_feeds (
    user_id    uuid primary key references users (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null default now()
);

-- db-scheduler's table (its documented PostgreSQL layout).
create table scheduled_tasks (
    task_name            text        not null,
    task_instance        text        not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
