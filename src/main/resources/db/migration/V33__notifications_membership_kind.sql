-- The club's notice that a client's membership ends within a week (issue 15), in the app as well as by email.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
    check (kind in ('WORKOUT_REMINDER', 'JOB_FINISHED', 'MEMBERSHIP_ENDING'));
