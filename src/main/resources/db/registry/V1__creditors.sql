-- Shared by DuckDB and PostgreSQL, in the store's base schema (its own Flyway history table).
-- Each creditor's rows live in a schema of their own; this registry maps creditor ids to schemas,
-- so an id of any spelling or length gets a safe, short schema name.
create table creditors (
    creditor_id  varchar(64) primary key,
    schema_name  varchar(63) not null unique,
    created_at   timestamp not null
);

-- who is working on a creditor's data now, to name the other process when a second one must stop
create table creditor_work (
    creditor_id  varchar(64) primary key,
    command      varchar(100) not null,
    pid          bigint not null,
    host         varchar(200) not null,
    started_at   timestamp not null
);
