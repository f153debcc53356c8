-- The service's API keys, in the base schema beside the registry of creditors. The secret part of
-- a key is shown once and kept only as its SHA-256 (a key is 256 random bits: no salt or slow hash needed).
create table api_keys (
    key_id       varchar(40) primary key,
    creditor_id  varchar(64) not null,
    secret_hash  varchar(64) not null,
    label        varchar(200) not null,
    created_at   timestamp not null,
    revoked_at   timestamp
);
create index api_keys_creditor_idx on api_keys (creditor_id);

-- answers to the admin's POSTs by Idempotency-Key (creditors' own live in their schemas)
create table admin_idempotency_keys (
    idem_key     varchar(200) primary key,
    fingerprint  varchar(64) not null,
    status       integer not null,
    body         varchar not null,
    created_at   timestamp not null
);
