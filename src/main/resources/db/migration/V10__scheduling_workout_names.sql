-- A schedule keeps the names of what it trains, so listings, reminders and the calendar feed need not read
-- planning's tables: scheduling updates them when planning announces a changed plan (TrainingPlanChanged).

alter table schedules
    add column plan_name varchar(255),
    add column day_name  varchar(255);

update schedules s set plan_name = p.name from training_plans p where p.id = s.plan_id;
update schedules s set day_name = d.name from training_plan_days d where d.id = s.day_id;

alter table schedules alter column plan_name set not null;
