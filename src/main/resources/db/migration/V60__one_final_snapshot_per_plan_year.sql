-- A plan has at most one FINAL snapshot per year: the final evaluation is what gets published, two would disagree.
-- MySQL 8 and MariaDB have no partial unique index; a stored column that is the year for FINAL rows and NULL
-- otherwise (NULLs never collide) makes the unique key hold for FINAL only, also against two concurrent requests.
ALTER TABLE evaluation_snapshot
    ADD COLUMN final_as_of INT GENERATED ALWAYS AS (CASE WHEN kind = 'FINAL' THEN as_of END) STORED,
    ADD CONSTRAINT uq_snapshot_final UNIQUE (plan_id, final_as_of);
