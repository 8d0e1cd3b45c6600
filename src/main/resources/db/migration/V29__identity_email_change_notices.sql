-- When an account's email changes, the old address is told (through the email outbox, which keeps only this
-- row's id). The row keeps the old address until the notice is sent; rows older than a week are purged.
create table email_change_notices (
    id         uuid primary key default uuidv7(),
    user_id    uuid         not null references users (id) on delete cascade,
    old_email  varchar(254) not null,
    changed_at timestamptz  not null
);

create index email_change_notices_user_idx on email_change_notices (user_id);
create index email_change_notices_changed_at_idx on email_change_notices (changed_at);
