-- Safe retries: the first response to each (user, Idempotency-Key), kept at least a day so a client that lost
-- the answer can ask again and get it, without the work being done twice. The key's row is inserted in a
-- transaction held open while the request runs, so a concurrent retry waits on the primary key until the
-- first one is answered. No foreign key to users: the kernel knows no module's tables; rows age out.
create table idempotency_keys (
    user_id         uuid          not null,
    idempotency_key varchar(255)  not null,
    fingerprint     varchar(64)   not null,
    status_code     integer       not null,
    content_type    varchar(200),
    location        varchar(2000),
    etag            varchar(200),
    body            bytea         not null,
    created_at      timestamptz   not null,
    primary key (user_id, idempotency_key)
);

create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
