-- Reports that another module makes of its own data as one table (the club's): which module (source), which of its
-- reports (kind), and what else it needs to make it again after a restart (parameters, as text).
alter table reports drop constraint reports_type_check;
alter table reports add constraint reports_type_check
    check (type in ('PROGRESS', 'HISTORY', 'EXERCISE', 'PLAN', 'TABLE'));
alter table reports add column source varchar(40);
alter table reports add column kind varchar(40);
alter table reports add column parameters jsonb not null default '{}';
alter table reports add constraint reports_table
    check ((type = 'TABLE') = (source is not null) and (source is null) = (kind is null));
