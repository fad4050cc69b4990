-- Idempotency keys compare exactly and belong to the pushing system: two departments may both use the key
-- '2023-annual'. The times of pushes become DATETIME(6) in UTC as in V8.
-- Converting TIMESTAMP to DATETIME keeps each instant only if the session reads it in UTC, as the service writes it.
SET time_zone = '+00:00';
ALTER TABLE observation_push
    MODIFY source          VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    MODIFY idempotency_key VARCHAR(128) COLLATE utf8mb4_bin NULL,
    MODIFY pushed_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    DROP INDEX uk_push_idempotency_key,
    ADD UNIQUE KEY uk_push_source_idempotency_key (source, idempotency_key),
    ADD KEY ix_push_source (source, id);
