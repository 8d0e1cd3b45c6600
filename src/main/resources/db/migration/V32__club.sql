-- The fitness club (seed 002, issue 15): memberships, clients (one per account), club trainings (each one an
-- Overload plan with one day, placed in the calendar by a schedule when dated) and club training plans that
-- group trainings. The club is one per service: its settings are one row.

create table club_memberships (
    id           uuid primary key default uuidv7(),
    access_level varchar(10)    not null check (access_level in ('STANDARD', 'PREMIUM', 'VIP')),
    description  text,
    price        numeric(10, 2) not null check (price >= 0),
    created_at   timestamptz    not null,
    updated_at   timestamptz    not null,
    version      bigint         not null
);

create table club_settings (
    id                    boolean primary key default true check (id),
    currency              char(3)     not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
    default_membership_id uuid references club_memberships (id) on delete set null,
    -- A dated training is placed in the client's calendar at this local time.
    training_time         time        not null default '18:00',
    updated_at            timestamptz not null default now()
);
insert into club_settings (id) values (true);
create index club_settings_default_membership_idx on club_settings (default_membership_id);

create table club_clients (
    id                      uuid primary key default uuidv7(),
    user_id                 uuid          not null references users (id),
    membership_id           uuid          not null references club_memberships (id),
    first_name              varchar(50)   not null,
    last_name               varchar(80)   not null,
    phone_number            varchar(20)   not null check (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
    gender                  varchar(6) check (gender in ('MALE', 'FEMALE')),
    date_of_birth           date          not null,
    weight_kg               numeric(5, 2) check (weight_kg > 0),
    height_cm               numeric(5, 2) check (height_cm > 0),
    status                  varchar(8)    not null default 'ACTIVE'
                                          check (status in ('ACTIVE', 'INACTIVE', 'ON_HOLD')),
    membership_started_on   date,
    membership_ends_on      date,
    trainer_id              uuid references users (id),
    ending_notice_sent_for  date,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    deleted_at              timestamptz,
    version                 bigint        not null,
    constraint club_clients_membership_dates check (membership_ends_on is null or membership_started_on is null
        or membership_ends_on >= membership_started_on)
);
-- One client per account; a removed (soft-deleted) client does not block a new one.
create unique index club_clients_user_key on club_clients (user_id) where deleted_at is null;
create index club_clients_membership_idx on club_clients (membership_id);
create index club_clients_trainer_idx on club_clients (trainer_id) where deleted_at is null;
create index club_clients_ends_idx on club_clients (membership_ends_on) where deleted_at is null;

create table club_trainings (
    id            uuid primary key default uuidv7(),
    user_id       uuid         not null references users (id) on delete cascade,
    client_id     uuid         not null references club_clients (id) on delete cascade,
    plan_id       uuid         not null unique references training_plans (id) on delete cascade,
    day_id        uuid         not null references training_plan_days (id) on delete cascade,
    schedule_id   uuid references schedules (id) on delete set null,
    training_type varchar(30)  not null,
    intensity     varchar(6) check (intensity in ('LOW', 'MEDIUM', 'HIGH')),
    duration_min  integer      not null default 45 check (duration_min between 1 and 1440),
    date          date,
    description   text,
    created_by    uuid         not null references users (id),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null
);
create index club_trainings_client_idx on club_trainings (client_id, date);
create index club_trainings_user_idx on club_trainings (user_id);
create index club_trainings_day_idx on club_trainings (day_id);
create index club_trainings_schedule_idx on club_trainings (schedule_id) where schedule_id is not null;
create index club_trainings_created_by_idx on club_trainings (created_by, created_at);

create table club_training_plans (
    id          uuid primary key default uuidv7(),
    user_id     uuid         not null references users (id) on delete cascade,
    client_id   uuid         not null references club_clients (id) on delete cascade,
    title       varchar(200) not null,
    description text,
    status      varchar(9)   not null default 'ACTIVE' check (status in ('PREPARED', 'ACTIVE', 'COMPLETED')),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
create index club_training_plans_client_idx on club_training_plans (client_id);
create index club_training_plans_user_idx on club_training_plans (user_id);

create table club_training_plan_trainings (
    training_plan_id uuid not null references club_training_plans (id) on delete cascade,
    training_id      uuid not null references club_trainings (id) on delete cascade,
    primary key (training_plan_id, training_id)
);
create index club_training_plan_trainings_training_idx on club_training_plan_trainings (training_id);
