-- Shared by DuckDB and PostgreSQL: plain SQL both accept.
-- Champion and challenger: one row per newly saved model, in order — whether it went live, kept the live one,
-- or was put live on request, with the figures of the comparison. The live model is the newest row's live_key.
create sequence model_promotion_ids;
create table model_promotions (
    promotion_id     bigint default nextval('model_promotion_ids') primary key,
    decided_at       timestamp not null,
    training_key     varchar(100) not null,      -- the challenger
    champion_key     varchar(100),               -- the model live before; null when there was none
    live_key         varchar(100) not null,      -- the model live after
    outcome          varchar(20) not null,       -- first | promoted | kept | forced
    challenger_value double precision,           -- doubly robust value per invoice on the logged experiment
    champion_value   double precision,
    difference       double precision,           -- challenger less champion, row by row
    lower_bound      double precision,           -- its one-sided 95% lower bound
    margin           double precision,           -- how much worse per invoice the challenger was allowed to be
    logged_rows      integer,
    reason           varchar(4000) not null
);

-- a store from before champion and challenger: its newest saved model is the one in use
insert into model_promotions (decided_at, training_key, live_key, outcome, reason)
select created_at, training_key, training_key, 'first', 'live before champion and challenger: the newest saved model'
from models order by created_at desc, training_key limit 1;
