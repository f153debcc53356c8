-- Smart Dunning history store, PostgreSQL dialect. Same tables and columns as duckdb/V1__history.sql.
-- Keys are declared here (cheap for COPY, and they guard a shared server); indexes serve the reads.

CREATE TABLE customers (
    customer_id    VARCHAR       NOT NULL PRIMARY KEY,
    created_on     DATE          NOT NULL,
    ended_on       DATE,
    type           VARCHAR       NOT NULL,
    country        VARCHAR       NOT NULL,
    language       VARCHAR,
    postal_code    VARCHAR,
    birth_year     INTEGER,
    payment_method VARCHAR,
    email          VARCHAR,
    phone          VARCHAR,
    plan           VARCHAR,
    monthly_fee    DECIMAL(18,2)
);

CREATE TABLE invoices (
    invoice_id  VARCHAR       NOT NULL PRIMARY KEY,
    customer_id VARCHAR       NOT NULL,
    issued_on   DATE          NOT NULL,
    due_on      DATE          NOT NULL,
    amount      DECIMAL(18,2) NOT NULL,
    currency    VARCHAR       NOT NULL
);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);

CREATE TABLE payments (
    payment_id VARCHAR       NOT NULL PRIMARY KEY,
    invoice_id VARCHAR       NOT NULL,
    paid_on    DATE          NOT NULL,
    amount     DECIMAL(18,2) NOT NULL
);
CREATE INDEX payments_invoice_idx ON payments (invoice_id);

CREATE TABLE dunning_events (
    invoice_id  VARCHAR          NOT NULL,
    occurred_on DATE             NOT NULL,
    action      VARCHAR          NOT NULL,
    channel     VARCHAR,
    fee         DECIMAL(18,2)    NOT NULL,
    experiment  VARCHAR,
    arm         VARCHAR,
    propensity  DOUBLE PRECISION
);
CREATE INDEX dunning_events_invoice_idx ON dunning_events (invoice_id, occurred_on);
CREATE INDEX dunning_events_experiment_idx ON dunning_events (experiment) WHERE experiment IS NOT NULL;

CREATE TABLE inquiries (
    customer_id VARCHAR NOT NULL,
    occurred_on DATE    NOT NULL,
    topic       VARCHAR NOT NULL,
    invoice_id  VARCHAR
);
CREATE INDEX inquiries_customer_idx ON inquiries (customer_id, occurred_on);

CREATE TABLE imports (
    import_id            BIGINT    NOT NULL PRIMARY KEY,
    folder               VARCHAR   NOT NULL,
    fingerprint          VARCHAR   NOT NULL UNIQUE,
    as_of                DATE      NOT NULL,
    imported_at          TIMESTAMP NOT NULL,
    elapsed_ms           BIGINT    NOT NULL,
    customers_read       BIGINT    NOT NULL,
    invoices_read        BIGINT    NOT NULL,
    payments_read        BIGINT    NOT NULL,
    dunning_events_read  BIGINT    NOT NULL,
    inquiries_read       BIGINT    NOT NULL,
    batch_items_read     BIGINT    NOT NULL,
    customers_added      BIGINT    NOT NULL,
    invoices_added       BIGINT    NOT NULL,
    payments_added       BIGINT    NOT NULL,
    dunning_events_added BIGINT    NOT NULL,
    inquiries_added      BIGINT    NOT NULL,
    batch_items_added    BIGINT    NOT NULL
);

CREATE TABLE batch_items (
    import_id  BIGINT  NOT NULL,
    position   INTEGER NOT NULL,
    invoice_id VARCHAR NOT NULL,
    decide_on  DATE    NOT NULL,
    PRIMARY KEY (import_id, position)
);
