-- Shared by DuckDB and PostgreSQL: plain SQL both accept.
-- The daily dunning process: holds that stop it, the stages it ran, the outbox that sends each
-- message exactly once, and the audit log of everything it did.

create sequence hold_ids;
create table holds (
    hold_id     bigint default nextval('hold_ids') primary key,
    scope       varchar(20) not null,       -- invoice | customer
    target_id   varchar(100) not null,      -- the invoice_id or customer_id held
    reason      varchar(30) not null,       -- dispute | payment_plan | service
    placed_on   date not null,
    until_on    date,                       -- the hold ends by itself on this day (e.g. a payment plan's last instalment)
    lifted_on   date,                       -- lifted by hand on this day
    note        varchar(1000) not null
);

-- one row per (invoice, stage) the process has dealt with: ran it, skipped it or let it pass
create table stage_runs (
    invoice_id  varchar(100) not null,
    stage_id    varchar(100) not null,
    workflow    varchar(100) not null,
    run_day     date not null,
    outcome     varchar(30) not null,
    action      varchar(20),
    message_key varchar(200),
    primary key (invoice_id, stage_id)
);

create table outbox (
    message_key     varchar(200) primary key,
    invoice_id      varchar(100) not null,
    customer_id     varchar(100) not null,
    stage_id        varchar(100) not null,
    run_day         date not null,
    action          varchar(20) not null,
    fallbacks       varchar(200) not null,  -- actions to try next on a permanent failure, comma separated
    payload         varchar(8000) not null, -- the notice and recipient as JSON; rendered at dispatch
    status          varchar(20) not null,   -- pending | sending | sent | failed | cancelled
    attempts        integer not null,
    next_attempt_at timestamp not null,
    created_at      timestamp not null,
    finished_at     timestamp,
    reference       varchar(1000),
    last_error      varchar(2000)
);

create sequence audit_ids;
create table audit_log (
    entry_id      bigint default nextval('audit_ids') primary key,
    run_day       date not null,
    recorded_at   timestamp not null,
    invoice_id    varchar(100) not null,
    customer_id   varchar(100) not null,
    stage_id      varchar(100) not null,
    event         varchar(30) not null,
    action        varchar(20),
    rule          varchar(500) not null,    -- the stage, law or hold behind it
    model_version varchar(200),
    propensity    double precision,
    message_key   varchar(200),
    detail        varchar(2000) not null
);
