-- Seed 001's dashboard: each user's default view and their widgets, in a dense order (1..n).

create table dashboard_preferences (
    id           uuid primary key default uuidv7(),
    user_id      uuid        not null unique references users (id) on delete cascade,
    default_view varchar(16) not null default 'TODAY'
                 check (default_view in ('TODAY', 'DASHBOARD', 'PLANS', 'HISTORY', 'PROGRESS', 'WELLNESS')),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);

create table dashboard_widgets (
    id               uuid primary key default uuidv7(),
    user_id          uuid         not null references users (id) on delete cascade,
    dashboard_id     uuid         not null references dashboard_preferences (id) on delete cascade,
    widget_type      varchar(24)  not null check (widget_type in ('NEXT_WORKOUT', 'WEEKLY_VOLUME', 'MUSCLE_SETS',
                         'E1RM_TREND', 'RECENT_RECORDS', 'ADHERENCE_STREAK', 'BODY_WEIGHT_TREND', 'WELLNESS_TODAY',
                         'TOP_INSIGHT')),
    widget_title     varchar(100),
    widget_position  integer      not null check (widget_position >= 1),
    widget_size      varchar(6)   not null default 'MEDIUM' check (widget_size in ('SMALL', 'MEDIUM', 'LARGE')),
    is_visible       boolean      not null default true,
    -- Settings some widget types take: the exercise (E1RM_TREND), how many weeks back, how many items.
    exercise_id      uuid references exercises (id) on delete cascade,
    range_weeks      integer check (range_weeks between 1 and 260),
    item_limit       integer check (item_limit between 1 and 50),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint dashboard_widgets_position_key unique (dashboard_id, widget_position) deferrable initially deferred
);

create index dashboard_widgets_user_idx on dashboard_widgets (user_id);
create index dashboard_widgets_exercise_idx on dashboard_widgets (exercise_id);
