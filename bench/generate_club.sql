-- A fitness club for the club benchmark (issue 15): 50 trainers and 5,000 clients (accounts club_1..club_N),
-- three memberships, per client 12 dated trainings over the last and next weeks (each a one-day plan, as the
-- club makes them), about two thirds of the past ones done by a completed session. Deterministic per seed.
-- psql variables: clients, trainers, seed, password_hash.

\set ON_ERROR_STOP on
begin;
set local synchronous_commit = off;

create temporary table club_settings_bench on commit drop as
select :clients::int as clients, :trainers::int as trainers, :seed::int as seed;

create or replace function pg_temp.pick(what text, a bigint, b bigint, low int, high int)
    returns int language sql immutable
    return low + (abs(hashtextextended(what || ':' || a || ':' || b, (select seed from club_settings_bench)))
                  % (high - low + 1))::int;

insert into users (id, username, email, password_hash, role, first_name, created_at, updated_at)
select uuidv7(), 'club_trainer_' || t, 'club_trainer_' || t || '@bench.invalid', :'password_hash', 'TRAINER',
       'Trainer ' || t, now() - interval '1 year', now()
from generate_series(1, (select trainers from club_settings_bench)) as t;

insert into users (id, username, email, password_hash, role, first_name, created_at, updated_at)
select uuidv7(), 'club_' || c, 'club_' || c || '@bench.invalid', :'password_hash', 'USER', 'Client ' || c,
       now() - interval '1 year', now()
from generate_series(1, (select clients from club_settings_bench)) as c;

insert into club_memberships (id, access_level, description, price, created_at, updated_at, version)
values (uuidv7(), 'STANDARD', 'bench', 29.90, now(), now(), 0),
       (uuidv7(), 'PREMIUM', 'bench', 59.90, now(), now(), 0),
       (uuidv7(), 'VIP', 'bench', 119.00, now(), now(), 0);

create temporary table bench_trainers on commit drop as
select id, substring(username from 14)::int as t from users where username ~ '^club_trainer_[0-9]+$';
create temporary table bench_levels on commit drop as
select id, row_number() over (order by price) as l from club_memberships where description = 'bench';

insert into club_clients (id, user_id, membership_id, first_name, last_name, phone_number, date_of_birth, status,
                          membership_started_on, membership_ends_on, trainer_id, created_at, updated_at, version)
select uuidv7(), u.id, (select id from bench_levels where l = pg_temp.pick('level', c, 0, 1, 3)), 'Client',
       'Number ' || c, '+49151' || lpad(c::text, 8, '0'), date '1970-01-01' + pg_temp.pick('born', c, 0, 0, 12000),
       case when pg_temp.pick('status', c, 0, 1, 20) = 1 then 'ON_HOLD' else 'ACTIVE' end,
       current_date - pg_temp.pick('started', c, 0, 30, 700), current_date + pg_temp.pick('ends', c, 0, 1, 365),
       (select id from bench_trainers where t = 1 + c % (select trainers from club_settings_bench)), now(), now(), 0
from (select id, substring(username from 6)::int as c from users where username ~ '^club_[0-9]+$') as u(id, c);

create temporary table bench_trainings on commit drop as
select uuidv7() as plan_id, uuidv7() as day_id, c.id as client_id, c.user_id, k,
       current_date - 70 + k * 7 + pg_temp.pick('day', substring(c.last_name from 8)::int, k, 0, 6) as date
from club_clients c cross join generate_series(1, 12) as k
where c.last_name like 'Number %';

insert into training_plans (id, user_id, name, description, status, is_public, muscle_types, created_at, updated_at)
select plan_id, user_id, 'Club training ' || k, null, 'IDLE', false, '{}', now(), now() from bench_trainings;
insert into training_plan_days (id, user_id, training_plan_id, name, order_index, created_at, updated_at)
select day_id, user_id, plan_id, 'Club training ' || k, 1, now(), now() from bench_trainings;

insert into club_trainings (id, user_id, client_id, plan_id, day_id, training_type, intensity, duration_min, date,
                            created_by, created_at, updated_at, version)
select uuidv7(), bt.user_id, bt.client_id, bt.plan_id, bt.day_id, 'STRENGTH', 'MEDIUM', 45, bt.date,
       (select trainer_id from club_clients where id = bt.client_id), now(), now(), 0
from bench_trainings bt;

insert into training_sessions (id, user_id, training_plan_id, training_plan_day_id, title, status, session_date,
                               started_at, ended_at, duration_minutes, created_at, updated_at)
select uuidv7(), user_id, plan_id, day_id, 'Club training ' || k, 'COMPLETED', date + time '18:00',
       date + time '18:00', date + time '18:45', 45, now(), now()
from bench_trainings
where date < current_date and pg_temp.pick('done', hashtext(client_id::text), k, 1, 3) > 1;

commit;
analyze users, club_clients, club_memberships, club_trainings, training_plans, training_sessions;
