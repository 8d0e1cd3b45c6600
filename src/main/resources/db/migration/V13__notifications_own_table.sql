-- In-app notifications belong to the notifications module, below scheduling in the module graph: their table
-- no longer refers to scheduling's. A reminder keeps the id of its schedule after the schedule is deleted.
alter table notifications drop constraint notifications_schedule_id_fkey;
