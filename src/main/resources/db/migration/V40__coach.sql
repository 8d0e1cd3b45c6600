-- The coach's plan suggestions: what a user asked about one of their plans, which coach answered and what it
-- understood, its message, and the plan it proposed with what changed marked (JSON, weights in kilograms) and the
-- ids of the parts it leaves out. plan_version is the plan's version the suggestion was made for: applying it to a
-- plan changed since is refused. A suggestion is applied at most once.
create table coach_suggestions (
    id               uuid primary key default uuidv7(),
    user_id          uuid          not null references users (id) on delete cascade,
    plan_id          uuid          not null references training_plans (id) on delete cascade,
    plan_version     bigint        not null,
    query            varchar(2000) not null,
    coach            varchar(20)   not null check (coach in ('BUILT_IN', 'MODEL')),
    intents          text[]        not null default '{}',
    ai_message       text          not null,
    ai_plan_modified boolean       not null,
    suggested_plan   jsonb,
    removed          uuid[]        not null default '{}',
    created_at       timestamptz   not null,
    applied_at       timestamptz,
    constraint coach_suggestions_plan check (ai_plan_modified = (suggested_plan is not null)),
    constraint coach_suggestions_applied check (applied_at is null or ai_plan_modified)
);
create index coach_suggestions_user_plan_idx on coach_suggestions (user_id, plan_id, created_at desc, id desc);
create index coach_suggestions_plan_idx on coach_suggestions (plan_id);
