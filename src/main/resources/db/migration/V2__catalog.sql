-- The exercise catalog: muscle groups, equipment, system exercises and each user's custom ones.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Case- and accent-insensitive text for search. unaccent() is only STABLE (its dictionary could change);
-- naming the dictionary makes the result fixed, so the wrapper may be declared IMMUTABLE and be indexed.
create function fold_search_text(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

create table muscle_groups (
    id          uuid primary key default uuidv7(),
    slug        varchar(40) not null unique check (slug ~ '^[a-z_]+$'),
    name        varchar(60) not null,
    body_region varchar(20) not null check (body_region in ('chest', 'back', 'shoulders', 'arms', 'core', 'legs', 'full_body'))
);

create table equipment (
    id   uuid primary key default uuidv7(),
    slug varchar(40) not null unique check (slug ~ '^[a-z_]+$'),
    name varchar(60) not null
);

create table exercises (
    id                      uuid primary key default uuidv7(),
    -- null for system exercises; the user whose custom exercise this is otherwise
    owner_id                uuid references users (id) on delete cascade,
    created_by              uuid references users (id) on delete set null,
    name                    varchar(100) not null check (length(trim(name)) > 0),
    description             varchar(2000),
    category                varchar(20)  not null check (category in ('STRENGTH', 'POWER', 'PLYOMETRICS', 'CARDIO', 'STRETCHING', 'MOBILITY')),
    exercise_type           varchar(10)  not null check (exercise_type in ('COMPOUND', 'ISOLATION')),
    difficulty              varchar(12)  not null check (difficulty in ('BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT')),
    primary_muscle_group_id uuid         not null references muscle_groups (id),
    search_text             text generated always as (fold_search_text(name || ' ' || coalesce(description, ''))) stored,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    version                 bigint       not null default 0
);

create unique index exercises_system_name_key on exercises (lower(name)) where owner_id is null;
create unique index exercises_custom_name_key on exercises (owner_id, lower(name)) where owner_id is not null;
create index exercises_owner_idx on exercises (owner_id);
create index exercises_primary_muscle_idx on exercises (primary_muscle_group_id);
create index exercises_search_idx on exercises using gin (search_text gin_trgm_ops);

create table exercise_secondary_muscles (
    exercise_id     uuid not null references exercises (id) on delete cascade,
    muscle_group_id uuid not null references muscle_groups (id),
    primary key (exercise_id, muscle_group_id)
);
create index exercise_secondary_muscles_muscle_idx on exercise_secondary_muscles (muscle_group_id);

-- No rows: the exercise needs only the body.
create table exercise_equipment (
    exercise_id  uuid not null references exercises (id) on delete cascade,
    equipment_id uuid not null references equipment (id),
    primary key (exercise_id, equipment_id)
);
create index exercise_equipment_equipment_idx on exercise_equipment (equipment_id);

-- How often and how recently each user used each exercise (fed by completed sessions).
create table exercise_usage (
    user_id      uuid        not null references users (id) on delete cascade,
    exercise_id  uuid        not null references exercises (id) on delete cascade,
    usage_count  integer     not null check (usage_count > 0),
    last_used_at timestamptz not null,
    primary key (user_id, exercise_id)
);
create index exercise_usage_recent_idx on exercise_usage (user_id, last_used_at desc);
