-- In-app notifications of other kinds than workout reminders: a finished job (a report ready, a failure).
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in ('WORKOUT_REMINDER', 'JOB_FINISHED'));
