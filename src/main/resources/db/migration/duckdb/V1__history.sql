-- Smart Dunning history store, DuckDB dialect. Same tables and columns as postgresql/V1__history.sql.
--
-- The bulk history tables deliberately have NO primary keys or unique constraints here:
-- DuckDB maintains an ART index per key, and measured appends are about twice as fast without
-- them. Uniqueness of customer_id, invoice_id and payment_id is guaranteed by the importer's
-- validation instead (duplicates within a file and against stored ids are rejected, identical
-- stored rows are skipped), and the importer is the only writer of these tables.

CREATE TABLE customers (
    customer_id    VARCHAR       NOT NULL,
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
    invoice_id  VARCHAR       NOT NULL,
    customer_id VARCHAR       NOT NULL,
    issued_on   DATE          NOT NULL,
    due_on      DATE          NOT NULL,
    amount      DECIMAL(18,2) NOT NULL,
    currency    VARCHAR       NOT NULL
);

CREATE TABLE payments (
    payment_id VARCHAR       NOT NULL,
    invoice_id VARCHAR       NOT NULL,
    paid_on    DATE          NOT NULL,
    amount     DECIMAL(18,2) NOT NULL
);

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

CREATE TABLE inquiries (
    customer_id VARCHAR NOT NULL,
    occurred_on DATE    NOT NULL,
    topic       VARCHAR NOT NULL,
    invoice_id  VARCHAR
);

-- one row per imported folder; small, so keys are declared
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

-- batch.csv of each import; position keeps the file order (1-based)
CREATE TABLE batch_items (
    import_id  BIGINT  NOT NULL,
    position   INTEGER NOT NULL,
    invoice_id VARCHAR NOT NULL,
    decide_on  DATE    NOT NULL
);
