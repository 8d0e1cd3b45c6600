-- Seed 001's correlation_insights: the latest finding per pair of metrics for each user, and which users'
-- data changed since their findings were computed (the nightly job recomputes those).

create table correlation_insights (
    id                uuid primary key default uuidv7(),
    user_id           uuid             not null references users (id) on delete cascade,
    primary_metric    varchar(24)      not null,
    secondary_metric  varchar(24)      not null,
    lag_days          integer          not null check (lag_days in (0, 1)),
    correlation_value numeric(5, 4)    not null check (correlation_value between -1 and 1),
    pearson           numeric(5, 4)    not null check (pearson between -1 and 1),
    p_value           double precision not null check (p_value between 0 and 1),
    q_value           double precision not null check (q_value between 0 and 1),
    sample_size       integer          not null check (sample_size >= 14),
    strength          varchar(10)      not null check (strength in ('NEGLIGIBLE', 'WEAK', 'MODERATE', 'STRONG')),
    direction         varchar(8)       not null check (direction in ('POSITIVE', 'NEGATIVE')),
    significant       boolean          not null,
    insight_text      varchar(500),
    window_from       date             not null,
    window_to         date             not null,
    computed_at       timestamptz      not null,
    constraint correlation_insights_pair_key unique (user_id, primary_metric, secondary_metric, lag_days)
);

create table insight_staleness (
    user_id     uuid        primary key references users (id) on delete cascade,
    stale_since timestamptz not null
);
create index insight_staleness_since_idx on insight_staleness (stale_since);
