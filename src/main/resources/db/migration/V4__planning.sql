-- Training plans: plan -> ordered days -> ordered exercises -> ordered target sets, with progression rules
-- and comments. Every level carries user_id and training_plan_id so a whole plan (or a page of plans) is
-- read with one statement per level, whatever its size.

create table training_plans (
    id                 uuid primary key default uuidv7(),
    user_id            uuid         not null references users (id) on delete cascade,
    name               varchar(255) not null check (length(trim(name)) > 0),
    description        varchar(2000),
    status             varchar(12)  not null default 'ACTIVE' check (status in ('ACTIVE', 'IDLE', 'COMING_SOON', 'COMPLETED')),
    is_public          boolean      not null default false,
    difficulty_level   varchar(12) check (difficulty_level in ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    muscle_types       text[]       not null default '{}',
    estimated_duration integer check (estimated_duration between 5 and 300),
    copied_from_id     uuid references training_plans (id) on delete set null,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);
create index training_plans_user_idx on training_plans (user_id, created_at);
create index training_plans_public_idx on training_plans (created_at) where is_public;
create index training_plans_muscle_types_idx on training_plans using gin (muscle_types);

-- Sibling order is 1-based, contiguous and unique. The uniqueness is checked at commit, so that a shift
-- of every following sibling inside one transaction does not trip over itself.
create table training_plan_days (
    id               uuid primary key default uuidv7(),
    user_id          uuid         not null references users (id) on delete cascade,
    training_plan_id uuid         not null references training_plans (id) on delete cascade,
    name             varchar(100) not null check (length(trim(name)) > 0),
    description      varchar(2000),
    order_index      integer      not null check (order_index >= 1),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint training_plan_days_order_key unique (training_plan_id, order_index) deferrable initially deferred
);
create index training_plan_days_user_idx on training_plan_days (user_id);

create table training_plan_exercises (
    id                   uuid primary key default uuidv7(),
    user_id              uuid        not null references users (id) on delete cascade,
    training_plan_id     uuid        not null references training_plans (id) on delete cascade,
    training_plan_day_id uuid        not null references training_plan_days (id) on delete cascade,
    exercise_id          uuid        not null references exercises (id),
    order_index          integer     not null check (order_index >= 1),
    rest_time_seconds    integer check (rest_time_seconds between 0 and 3600),
    notes                varchar(500),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0,
    constraint training_plan_exercises_order_key unique (training_plan_day_id, order_index) deferrable initially deferred
);
create index training_plan_exercises_plan_idx on training_plan_exercises (training_plan_id);
create index training_plan_exercises_user_idx on training_plan_exercises (user_id);
-- Deleting a catalog exercise checks that no plan uses it.
create index training_plan_exercises_exercise_idx on training_plan_exercises (exercise_id);

-- Weights are kilograms; 0 means no external load (bodyweight).
create table training_plan_exercise_sets (
    id                        uuid primary key default uuidv7(),
    user_id                   uuid         not null references users (id) on delete cascade,
    training_plan_id          uuid         not null references training_plans (id) on delete cascade,
    training_plan_exercise_id uuid         not null references training_plan_exercises (id) on delete cascade,
    set_index                 integer      not null check (set_index >= 1),
    expected_reps             integer      not null check (expected_reps between 1 and 1000),
    expected_weight           numeric(10, 5) not null default 0 check (expected_weight between 0 and 10000),
    expected_duration_seconds integer check (expected_duration_seconds between 1 and 36000),
    expected_rir              integer check (expected_rir between 0 and 10),
    created_at                timestamptz  not null default now(),
    updated_at                timestamptz  not null default now(),
    version                   bigint       not null default 0,
    constraint training_plan_exercise_sets_order_key unique (training_plan_exercise_id, set_index) deferrable initially deferred
);
create index training_plan_exercise_sets_plan_idx on training_plan_exercise_sets (training_plan_id);
create index training_plan_exercise_sets_user_idx on training_plan_exercise_sets (user_id);

create table training_plan_exercise_progressions (
    id                       uuid primary key default uuidv7(),
    user_id                  uuid          not null references users (id) on delete cascade,
    training_plan_id         uuid          not null references training_plans (id) on delete cascade,
    exercise_id              uuid          not null references exercises (id) on delete cascade,
    weight_increment         numeric(8, 5) not null check (weight_increment > 0 and weight_increment <= 100),
    failure_count_for_deload integer       not null check (failure_count_for_deload between 1 and 20),
    deload_percentage        numeric(5, 2) not null check (deload_percentage > 0 and deload_percentage < 100),
    deload_strategy          varchar(16)   not null check (deload_strategy in ('PROPORTIONAL', 'REFERENCE_SET', 'CUSTOM')),
    reference_set_index      integer check (reference_set_index >= 1),
    consecutive_failures     integer       not null default 0 check (consecutive_failures >= 0),
    last_updated             timestamptz   not null,
    created_at               timestamptz   not null default now(),
    updated_at               timestamptz   not null default now(),
    version                  bigint        not null default 0,
    constraint training_plan_exercise_progressions_key unique (training_plan_id, exercise_id)
);
create index training_plan_exercise_progressions_user_idx on training_plan_exercise_progressions (user_id);
create index training_plan_exercise_progressions_exercise_idx on training_plan_exercise_progressions (exercise_id);

-- user_id is the author, who may comment on their own plans and on public ones.
create table training_plan_comments (
    id               uuid primary key default uuidv7(),
    user_id          uuid          not null references users (id) on delete cascade,
    training_plan_id uuid          not null references training_plans (id) on delete cascade,
    body             varchar(2000) not null check (length(trim(body)) > 0),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          bigint        not null default 0
);
create index training_plan_comments_plan_idx on training_plan_comments (training_plan_id, created_at);
create index training_plan_comments_user_idx on training_plan_comments (user_id);

alter table users
    add constraint users_active_training_plan_fk
    foreign key (active_training_plan_id) references training_plans (id) on delete set null;
