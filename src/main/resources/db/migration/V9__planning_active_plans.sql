-- The plan a user trains now belongs to planning, not to the account: it moves out of users into a table of
-- planning's own. A row stays when its plan is deleted (set null), so the profile keeps when it last changed.

create table active_training_plans (
    user_id          uuid        primary key references users (id) on delete cascade,
    training_plan_id uuid        references training_plans (id) on delete set null,
    updated_at       timestamptz not null default now()
);

create index active_training_plans_plan_idx on active_training_plans (training_plan_id);

insert into active_training_plans (user_id, training_plan_id, updated_at)
select id, active_training_plan_id, updated_at from users where active_training_plan_id is not null;

-- Drops the foreign key to training_plans and its index with the column.
alter table users drop column active_training_plan_id;
