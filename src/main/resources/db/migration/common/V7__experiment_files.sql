-- Shared by DuckDB and PostgreSQL: plain SQL both accept.
-- The creditor's uploaded experiments files (PUT /v1/experiments/definitions), each upload a new version; the
-- daily process runs the newest with the newest workflow.

create table experiment_files (
    version      integer primary key,
    content      varchar not null,
    uploaded_at  timestamp not null
);
