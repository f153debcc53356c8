-- Shared by DuckDB and PostgreSQL: plain SQL both accept.
-- Decide runs and their decisions. A batch invoice has one current decision per decision day:
-- deciding it again replaces the row (the run table keeps every run for provenance).
create table decision_runs (
    run_id          varchar(200) primary key,
    policy          varchar(100) not null,
    policy_version  varchar(100) not null,
    trained_from    date,
    trained_until   date,
    seed            bigint not null,
    parameters      varchar(4000) not null,
    as_of           date not null,
    decided_at      timestamp not null,
    invoices        integer not null
);

create table decisions (
    invoice_id      varchar(100) not null,
    decide_on       date not null,
    run_id          varchar(200) not null references decision_runs (run_id),
    action          varchar(20) not null,
    channel         varchar(20) not null,
    propensity      double precision not null,
    expected_value  double precision,
    value_none      double precision,
    value_sms       double precision,
    value_email     double precision,
    value_letter    double precision,
    value_collection double precision,
    p_pay           double precision,
    p_churn         double precision,
    p_inquiry       double precision,
    reason          varchar(2000) not null,
    primary key (invoice_id, decide_on)
);
