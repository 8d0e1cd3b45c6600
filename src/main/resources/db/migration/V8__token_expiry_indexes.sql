-- The hourly job that purges expired refresh and password-reset tokens finds them by expiry.
create index refresh_tokens_expires_idx on refresh_tokens (expires_at);
create index password_reset_tokens_expires_idx on password_reset_tokens (expires_at);
