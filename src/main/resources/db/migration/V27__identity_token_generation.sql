-- Access tokens are stateless: each carries the generation of its account's tokens ("gen"), and every request
-- compares it with this column. A change that must end the tokens issued before it (a new role, closing the
-- account, logging out, a new password) moves the generation on, so those tokens stop at once on every instance.
alter table users add column token_generation bigint not null default 0;
