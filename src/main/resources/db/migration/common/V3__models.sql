-- Shared by both dialects; ${binary_type} is BLOB on DuckDB and BYTEA on PostgreSQL (see Database).
-- Trained models with their provenance and metrics. training_key identifies what a model was
-- trained on (history import, as-of day, settings, seed, learner), so decide can reuse it.
create table models (
    model_id        varchar(300) primary key,
    name            varchar(100) not null,
    version         varchar(100) not null,
    training_key    varchar(100) not null,
    trained_from    date not null,
    trained_until   date not null,
    seed            bigint not null,
    parameters      varchar(8000) not null,
    metrics         varchar(20000) not null,
    created_at      timestamp not null,
    payload         ${binary_type} not null
);
