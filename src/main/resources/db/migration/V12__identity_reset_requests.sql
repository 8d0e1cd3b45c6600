-- A password reset is requested first and its token made only when the email is written (by the email job):
-- until then the row has no token hash, so nothing usable is stored or queued in clear.
alter table password_reset_tokens alter column token_hash drop not null;
