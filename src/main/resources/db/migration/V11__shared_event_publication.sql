-- Spring Modulith's event publication registry (its v2 layout): every event a module publishes is stored
-- here, in the publishing transaction, once per listener in another module, and completed when that
-- listener has run. Publications still incomplete at start-up are handed to their listeners again.

create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
