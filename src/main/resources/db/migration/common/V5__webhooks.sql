-- Shared by DuckDB and PostgreSQL: plain SQL both accept.
-- Signed webhooks: a creditor's endpoints and the outbox of their deliveries, one row per event
-- and endpoint, in the creditor's own schema.

create table webhook_endpoints (
    endpoint_id varchar(40) primary key,    -- we_ and 20 hex digits
    url         varchar(2000) not null,
    events      varchar(500) not null,      -- wire names, comma separated
    secret      varchar(100) not null,      -- the HMAC key: needed in clear to sign, never listed or logged
    created_at  timestamp not null,
    disabled_at timestamp
);

create table webhook_deliveries (
    endpoint_id      varchar(40) not null,
    event_id         varchar(40) not null,   -- the same on every attempt
    event_type       varchar(40) not null,
    payload          varchar(8000) not null, -- the JSON body, sent byte for byte on every attempt
    status           varchar(20) not null,   -- pending | sending | delivered | failed | cancelled
    attempts         integer not null,
    next_attempt_at  timestamp not null,     -- when due; while sending, the end of the claim's lease
    created_at       timestamp not null,
    last_attempt_at  timestamp,
    last_status_code integer,                -- the receiver's HTTP status, 0 when none came
    last_reason      varchar(200),           -- e.g. 'HTTP 500', 'timed out'; never the receiver's body
    finished_at      timestamp,
    primary key (endpoint_id, event_id)
);

create index webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);
