-- Period locks (数据锁定): a plan owner freezes the data a plan reads for every year up to through_year, as
-- DHIS2's data approval does, before the 中期/终期评估 is published. Locks are only ever added: a later one
-- through a later year widens what is frozen; a locked value changes only with an override that its revision keeps.
-- A lock goes with its plan (only a DRAFT plan can be deleted).
CREATE TABLE plan_lock (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id          BIGINT       NOT NULL,
    through_year     INT          NOT NULL,
    reason           VARCHAR(500) NULL,
    actor_subject    VARCHAR(255) NOT NULL,
    actor_department VARCHAR(32)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_plan_lock_plan (plan_id, through_year),
    CONSTRAINT fk_plan_lock_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A change a plan owner made to a locked value despite the lock: why, and the plans whose locks it overrode.
ALTER TABLE observation_revision
    ADD lock_override_reason VARCHAR(500) NULL,
    ADD lock_override_plans  VARCHAR(500) NULL;
