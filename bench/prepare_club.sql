-- Makes the account :trainer a trainer whose club clients are the sampled users (bench_sample from
-- prepare.sql), each of whom has granted the trainer access, for the trainer's scenarios (Act-As-User, the
-- client list). Run after prepare.sql; run again changes nothing.

\set ON_ERROR_STOP on
begin;

update users set role = 'TRAINER' where username = :'trainer';

insert into club_memberships (id, access_level, description, price, created_at, updated_at, version)
select uuidv7(), 'STANDARD', 'bench sample', 29.90, now(), now(), 0
where not exists (select 1 from club_memberships where description = 'bench sample');

insert into club_clients (id, user_id, membership_id, first_name, last_name, phone_number, date_of_birth, status,
                          membership_started_on, membership_ends_on, trainer_id, created_at, updated_at, version)
select uuidv7(), b.user_id, (select id from club_memberships where description = 'bench sample'), 'Sampled',
       b.username, '+49160' || lpad(b.n::text, 8, '0'), date '1990-01-01', 'ACTIVE', current_date - 100,
       current_date + 265, (select id from users where username = :'trainer'), now(), now(), 0
from bench_sample b
on conflict (user_id) where deleted_at is null
do update set trainer_id = excluded.trainer_id, status = 'ACTIVE';

insert into access_grants (owner_id, grantee_id, created_at)
select b.user_id, (select id from users where username = :'trainer'), now() from bench_sample b
on conflict do nothing;

commit;
