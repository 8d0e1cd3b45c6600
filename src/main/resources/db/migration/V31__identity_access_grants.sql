-- Who may act for whom (issue 15): an owner lets a grantee (a trainer) use the API as them, with the header
-- Act-As-User; the club grants its assigned trainer, and owners grant and revoke themselves. Every write made
-- that way is logged with who made it (acted_by), for the owner to read.

create table access_grants (
    owner_id   uuid        not null references users (id) on delete cascade,
    grantee_id uuid        not null references users (id) on delete cascade,
    created_at timestamptz not null,
    primary key (owner_id, grantee_id),
    constraint access_grants_not_self check (owner_id <> grantee_id)
);
create index access_grants_grantee_idx on access_grants (grantee_id);

create table access_log (
    id         uuid primary key default uuidv7(),
    user_id    uuid         not null references users (id) on delete cascade,
    acted_by   uuid         not null references users (id) on delete cascade,
    method     varchar(10)  not null,
    path       varchar(500) not null,
    status     integer      not null,
    created_at timestamptz  not null
);
create index access_log_user_idx on access_log (user_id, created_at desc, id desc);
create index access_log_acted_by_idx on access_log (acted_by);
