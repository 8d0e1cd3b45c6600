-- Rate-limit buckets (Bucket4j, advisory-lock variant) shared by every instance, so a client or an account gets
-- the same number of attempts however many instances answer it. Keys are a scope and a SHA-256 of what is
-- limited (a client IP, a login name), never the name itself. expires_at is in milliseconds since the epoch.
create table rate_limit_buckets (
    id            varchar(100) primary key,
    state         bytea,
    expires_at    bigint,
    explicit_lock bigint
);

create index rate_limit_buckets_expires_at_idx on rate_limit_buckets (expires_at);
