-- Three corrections to V1–V7, in one file because each touches the same tables.
--
-- 1. Codes compare exactly (utf8mb4_bin): the service looks codes up case-sensitively, so the database must not
--    treat '450223-wj' and '450223-WJ' as one code. Idempotency keys too, and they are scoped to the pushing
--    system: two departments may both use the key '2023-annual'.
-- 2. Times are DATETIME(6), written in UTC by the service (the connection's session time zone is UTC). MySQL's
--    TIMESTAMP ends in January 2038, and snapshots must stay readable long after the 2030 final evaluation.
-- 3. A revision records the whole new state of the observation, not only value and status: the reporting
--    department and the note too, so a change of note or department leaves a trace like a change of value.

ALTER TABLE jurisdiction
    MODIFY code       VARCHAR(12) COLLATE utf8mb4_bin NOT NULL,
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);

ALTER TABLE department
    MODIFY code       VARCHAR(32) COLLATE utf8mb4_bin NOT NULL,
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);

ALTER TABLE indicator
    MODIFY code       VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);

ALTER TABLE plan
    MODIFY code       VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);

ALTER TABLE target
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);

ALTER TABLE observation_push
    MODIFY source          VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    MODIFY idempotency_key VARCHAR(128) COLLATE utf8mb4_bin NULL,
    MODIFY pushed_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    DROP INDEX uk_push_idempotency_key,
    ADD UNIQUE KEY uk_push_source_idempotency_key (source, idempotency_key);

ALTER TABLE observation
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE observation_revision
    MODIFY changed_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD department_id BIGINT       NULL AFTER new_status,
    ADD note          VARCHAR(500) NULL AFTER department_id,
    ADD CONSTRAINT fk_revision_department FOREIGN KEY (department_id) REFERENCES department (id);

ALTER TABLE assessment
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE evaluation_snapshot
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE plan_draft
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY adopted_at DATETIME(6) NULL;
