-- Monitoring data. One row per natural key (indicator, jurisdiction, period, disaggregation); every push is
-- recorded, and every create or change of a value appends a revision that names the push.
CREATE TABLE observation_push (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    source           VARCHAR(64)  NOT NULL,
    idempotency_key  VARCHAR(128) NULL,
    request_hash     CHAR(64)     NULL,
    received         INT          NOT NULL DEFAULT 0,
    created          INT          NOT NULL DEFAULT 0,
    updated          INT          NOT NULL DEFAULT 0,
    unchanged        INT          NOT NULL DEFAULT 0,
    rejected         INT          NOT NULL DEFAULT 0,
    summary          MEDIUMTEXT   NULL,
    pushed_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_push_idempotency_key (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE observation (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_id     BIGINT        NOT NULL,
    jurisdiction_id  BIGINT        NOT NULL,
    period           INT           NOT NULL,
    disaggregation   VARCHAR(191)  COLLATE utf8mb4_bin NOT NULL DEFAULT '',
    obs_value        DECIMAL(20,6) NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    department_id    BIGINT        NULL,
    source           VARCHAR(64)   NOT NULL,
    note             VARCHAR(500)  NULL,
    last_push_id     BIGINT        NULL,
    version          INT           NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_observation_key (indicator_id, jurisdiction_id, period, disaggregation),
    KEY ix_observation_jurisdiction (jurisdiction_id, indicator_id, period),
    CONSTRAINT fk_observation_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_observation_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id),
    CONSTRAINT fk_observation_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE observation_revision (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    observation_id  BIGINT        NOT NULL,
    push_id         BIGINT        NULL,
    old_value       DECIMAL(20,6) NULL,
    new_value       DECIMAL(20,6) NOT NULL,
    old_status      VARCHAR(12)   NULL,
    new_status      VARCHAR(12)   NOT NULL,
    source          VARCHAR(64)   NOT NULL,
    changed_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_revision_observation (observation_id, id),
    CONSTRAINT fk_revision_observation FOREIGN KEY (observation_id) REFERENCES observation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
