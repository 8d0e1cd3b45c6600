-- Training sessions: performed workouts, from a plan day or ad hoc, with their logged sets, the progression
-- each completion applied, and the personal records it set.

create table training_sessions (
    id                   uuid primary key default uuidv7(),
    user_id              uuid        not null references users (id) on delete cascade,
    training_plan_id     uuid references training_plans (id) on delete set null,
    training_plan_day_id uuid references training_plan_days (id) on delete set null,
    schedule_id          uuid,
    title                varchar(200),
    status               varchar(12) not null default 'PENDING' check (status in ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    session_date         timestamptz not null,
    started_at           timestamptz,
    ended_at             timestamptz,
    duration_minutes     integer check (duration_minutes >= 0),
    comments             varchar(2000),
    mesocycle_name       varchar(100),
    session_number       integer check (session_number between 1 and 10000),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0
);
create index training_sessions_user_date_idx on training_sessions (user_id, session_date desc);
create index training_sessions_plan_idx on training_sessions (training_plan_id);
create index training_sessions_day_idx on training_sessions (training_plan_day_id);
-- A user trains one session at a time.
create unique index training_sessions_one_in_progress on training_sessions (user_id) where status = 'IN_PROGRESS';

create table session_exercises (
    id                        uuid primary key default uuidv7(),
    user_id                   uuid        not null references users (id) on delete cascade,
    training_session_id       uuid        not null references training_sessions (id) on delete cascade,
    exercise_id               uuid        not null references exercises (id),
    training_plan_exercise_id uuid references training_plan_exercises (id) on delete set null,
    order_index               integer     not null check (order_index >= 1),
    stimulus                  integer check (stimulus between 1 and 5),
    fatigue                   integer check (fatigue between 1 and 5),
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    version                   bigint      not null default 0,
    constraint session_exercises_order_key unique (training_session_id, order_index) deferrable initially deferred
);
create index session_exercises_user_exercise_idx on session_exercises (user_id, exercise_id);
create index session_exercises_exercise_idx on session_exercises (exercise_id);
create index session_exercises_plan_exercise_idx on session_exercises (training_plan_exercise_id);

-- Weights in kilograms; actual values are what was done, expected ones what the plan asked.
create table session_sets (
    id                  uuid primary key default uuidv7(),
    user_id             uuid         not null references users (id) on delete cascade,
    training_session_id uuid         not null references training_sessions (id) on delete cascade,
    session_exercise_id uuid         not null references session_exercises (id) on delete cascade,
    set_index           integer      not null check (set_index >= 1),
    expected_reps       integer check (expected_reps between 1 and 1000),
    expected_weight     numeric(10, 5) check (expected_weight between 0 and 10000),
    actual_reps         integer check (actual_reps between 0 and 1000),
    actual_weight       numeric(10, 5) check (actual_weight between 0 and 10000),
    rir                 integer check (rir between 0 and 10),
    status              varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'COMPLETED', 'FAILED', 'SKIPPED')),
    completed_at        timestamptz,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint session_sets_order_key unique (session_exercise_id, set_index) deferrable initially deferred
);
create index session_sets_session_idx on session_sets (training_session_id);
create index session_sets_user_idx on session_sets (user_id);

-- What completing a session did to each exercise of its plan; kept so completing again answers the same.
create table session_progressions (
    id                   uuid primary key default uuidv7(),
    user_id              uuid          not null references users (id) on delete cascade,
    training_session_id  uuid          not null references training_sessions (id) on delete cascade,
    exercise_id          uuid          not null references exercises (id) on delete cascade,
    success              boolean       not null,
    consecutive_failures integer       not null,
    deloaded             boolean       not null,
    weights_before       numeric(10, 5)[] not null,
    weights_after        numeric(10, 5)[] not null,
    created_at           timestamptz   not null default now()
);
create index session_progressions_session_idx on session_progressions (training_session_id);
create index session_progressions_user_idx on session_progressions (user_id);

-- Every record ever set (a history): the current record of a kind is the best row for it.
create table personal_records (
    id                  uuid primary key default uuidv7(),
    user_id             uuid          not null references users (id) on delete cascade,
    exercise_id         uuid          not null references exercises (id) on delete cascade,
    record_type         varchar(24)   not null check (record_type in ('HEAVIEST_WEIGHT', 'MOST_REPS_AT_WEIGHT', 'BEST_ESTIMATED_1RM', 'BEST_SET_VOLUME', 'BEST_SESSION_VOLUME')),
    record_value        numeric(15, 5) not null,
    weight              numeric(10, 5),
    reps                integer,
    training_session_id uuid          not null references training_sessions (id) on delete cascade,
    session_set_id      uuid references session_sets (id) on delete set null,
    achieved_at         timestamptz   not null,
    created_at          timestamptz   not null default now()
);
create index personal_records_user_exercise_idx on personal_records (user_id, exercise_id, record_type);
create index personal_records_session_idx on personal_records (training_session_id);
