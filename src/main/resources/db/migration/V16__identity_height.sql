-- The account's height (seed 001's height_unit finally measures something): centimetres to five decimals, so a
-- height entered in inches reads back unchanged; null until the user gives it.
alter table users add column height_cm numeric(10, 5) check (height_cm between 50 and 300);
