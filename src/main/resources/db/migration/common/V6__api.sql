-- Shared by DuckDB and PostgreSQL: plain SQL both accept.
-- What the HTTP API keeps per creditor: the billing events received one at a time (a repeated
-- event id is the same event), the answers to POSTs by Idempotency-Key, and uploaded workflows.

create table billing_events (
    event_id     varchar(100) primary key,
    type         varchar(40) not null,
    fingerprint  varchar(64) not null,   -- SHA-256 of the event's fields: the same id with other fields is refused
    idem_key     varchar(200) not null unique, -- the request's Idempotency-Key, kept with the event in one commit
    request_fingerprint varchar(64) not null,  -- SHA-256 of the request: the same key with another request is refused
    occurred_on  date not null,
    received_at  timestamp not null
);

create table idempotency_keys (
    idem_key     varchar(200) primary key,
    fingerprint  varchar(64) not null,   -- SHA-256 of method, path and body: the same key with another request is refused
    status       integer not null,
    body         varchar not null,       -- the answer given, replayed on a retry (never holds personal data)
    created_at   timestamp not null
);

create table workflow_files (
    version      integer primary key,
    content      varchar not null,
    uploaded_at  timestamp not null
);

-- the daily runs the service started (by the schedule or POST /v1/runs) and what each did
create sequence day_run_ids;
create table day_runs (
    run_id            bigint primary key,
    run_day           date not null,
    workflow_version  integer not null,
    trigger_kind      varchar(20) not null,   -- api | schedule
    status            varchar(20) not null,   -- running | done | failed
    started_at        timestamp not null,
    finished_at       timestamp,
    stages            integer,                -- stage runs planned (run, skipped, passed)
    messages          integer,                -- messages queued in the outbox
    sent              integer,
    failed            integer,
    error             varchar(1000)           -- why a failed run failed (no personal data)
);
