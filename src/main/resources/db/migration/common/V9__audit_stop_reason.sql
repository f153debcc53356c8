-- Shared by DuckDB and PostgreSQL: plain SQL both accept.
-- Why a skipped stage did not run, as a value the daily process sets where it stops the stage:
-- hold | inquiry | experiment_offset | law. Null on every line that is not 'skipped'.
alter table audit_log add column stop_reason varchar(30);

-- Lines written before the column existed carry their reason only in the detail's opening words;
-- read once here so old and new days count alike (an experiment arm's wait was counted as the law).
update audit_log set stop_reason = case
        when detail like 'hold %' then 'hold'
        when detail like 'invoice inquiry on %' then 'inquiry'
        when detail like 'experiment %' and detail like '% waits until day %' then 'experiment_offset'
        else 'law' end
    where event = 'skipped';
