-- Wellness (seed 001's daily_metrics): one row per user and day, and the day's meals. Weights in kilograms and
-- girths in centimetres (five decimals, like every stored weight), whatever unit the user enters them in. The
-- bounds match the API's (docs/decisions/wellness-daily-metrics.md).

create table daily_metrics (
    id                 uuid primary key default uuidv7(),
    user_id            uuid           not null references users (id) on delete cascade,
    date               date           not null check (date >= date '1900-01-01'),
    -- The night before the date: it ends on the date, or on the evening before it, in the user's zone.
    sleep_start        timestamptz,
    sleep_end          timestamptz,
    sleep_quality      integer check (sleep_quality between 1 and 5),
    stress_level       integer check (stress_level between 1 and 10),
    energy_level       integer check (energy_level between 1 and 10),
    motivation_level   integer check (motivation_level between 1 and 10),
    body_weight_kg     numeric(10, 5) check (body_weight_kg between 20 and 400),
    body_fat_percent   numeric(5, 2) check (body_fat_percent between 1 and 75),
    resting_heart_rate integer check (resting_heart_rate between 20 and 200),
    steps              integer check (steps between 0 and 200000),
    water_ml           integer check (water_ml between 0 and 20000),
    notes              varchar(2000),
    neck_cm            numeric(10, 5) check (neck_cm between 10 and 300),
    chest_cm           numeric(10, 5) check (chest_cm between 10 and 300),
    waist_cm           numeric(10, 5) check (waist_cm between 10 and 300),
    hips_cm            numeric(10, 5) check (hips_cm between 10 and 300),
    arm_cm             numeric(10, 5) check (arm_cm between 10 and 300),
    thigh_cm           numeric(10, 5) check (thigh_cm between 10 and 300),
    calf_cm            numeric(10, 5) check (calf_cm between 10 and 300),
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    version            bigint         not null default 0,
    -- A day is the user's and the date's: every read goes through this index.
    constraint daily_metrics_user_date_key unique (user_id, date),
    constraint daily_metrics_sleep_pair check ((sleep_start is null) = (sleep_end is null)),
    constraint daily_metrics_sleep_length check (sleep_end > sleep_start and sleep_end <= sleep_start + interval '24 hours')
);

-- A day's meals in the order given (1-based, dense); the day's nutrition is their sum.
create table meals (
    id               uuid primary key default uuidv7(),
    user_id          uuid          not null references users (id) on delete cascade,
    daily_metrics_id uuid          not null references daily_metrics (id) on delete cascade,
    position         integer       not null check (position between 1 and 20),
    name             varchar(100),
    time             time,
    calories         integer check (calories between 0 and 10000),
    protein_g        numeric(6, 2) check (protein_g between 0 and 1000),
    carbs_g          numeric(6, 2) check (carbs_g between 0 and 1000),
    fat_g            numeric(6, 2) check (fat_g between 0 and 1000),
    fiber_g          numeric(6, 2) check (fiber_g between 0 and 1000),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          bigint        not null default 0,
    -- Leads with the owner, then the day: a day's meals, or many days' meals, in one index range each.
    constraint meals_position_key unique (user_id, daily_metrics_id, position) deferrable initially deferred
);
create index meals_day_idx on meals (daily_metrics_id);
