-- Accounts and the secrets that authenticate them.

create table users (
    id                       uuid primary key default uuidv7(),
    username                 varchar(50)  not null,
    email                    varchar(254),
    password_hash            varchar(255),
    role                     varchar(16)  not null default 'USER' check (role in ('USER', 'TRAINER', 'ADMIN')),
    first_name               varchar(100),
    last_name                varchar(100),
    gender                   varchar(16) check (gender in ('MALE', 'FEMALE', 'OTHER')),
    date_of_birth            date check (date_of_birth >= date '1900-01-01'),
    weight_unit              varchar(2)   not null default 'KG' check (weight_unit in ('KG', 'LB')),
    height_unit              varchar(2)   not null default 'CM' check (height_unit in ('CM', 'IN')),
    theme                    varchar(6)   not null default 'SYSTEM' check (theme in ('LIGHT', 'DARK', 'SYSTEM')),
    active_training_plan_id  uuid,
    ai_suggestions_remaining integer      not null default 0 check (ai_suggestions_remaining >= 0),
    telegram_id              bigint,
    last_login               timestamptz,
    deleted_at               timestamptz,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    version                  bigint       not null default 0,
    constraint users_username_format check (username ~ '^[A-Za-z0-9_.-]{3,50}$'),
    -- Password accounts have an email; Telegram accounts may have neither until the user adds them.
    constraint users_can_authenticate check (password_hash is null or email is not null)
);

-- Names and emails are unique whatever their case; deleted accounts keep theirs.
create unique index users_username_key on users (lower(username));
create unique index users_email_key on users (lower(email));
create unique index users_telegram_id_key on users (telegram_id);

create table refresh_tokens (
    id          uuid primary key default uuidv7(),
    user_id     uuid        not null references users (id) on delete cascade,
    family_id   uuid        not null,
    token_hash  varchar(64) not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0
);

create index refresh_tokens_user_idx on refresh_tokens (user_id);
create index refresh_tokens_family_idx on refresh_tokens (family_id);

create table password_reset_tokens (
    id          uuid primary key default uuidv7(),
    user_id     uuid        not null references users (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0
);

create index password_reset_tokens_user_idx on password_reset_tokens (user_id);
