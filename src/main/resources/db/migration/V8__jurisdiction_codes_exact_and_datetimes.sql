-- Codes compare exactly (utf8mb4_bin): the service looks codes up case-sensitively, so the database must not
-- treat '450223-wj' and '450223-WJ' as one code. Times become DATETIME(6) in UTC: MySQL's TIMESTAMP ends in
-- January 2038, and snapshots must stay readable long after the 2030 final evaluation. One statement per file, so
-- that each migration is atomic on MySQL 8, whose DDL does not roll back with a transaction.
-- Converting TIMESTAMP to DATETIME keeps each instant only if the session reads it in UTC, as the service writes it.
SET time_zone = '+00:00';
ALTER TABLE jurisdiction
    MODIFY code       VARCHAR(12) COLLATE utf8mb4_bin NOT NULL,
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
