-- Administrative divisions (GB/T 2260; 9-digit statistical codes for townships) and the member departments.
CREATE TABLE jurisdiction (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(12)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_id   BIGINT       NULL,
    version     INT          NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_jurisdiction_code (code),
    KEY ix_jurisdiction_parent (parent_id),
    CONSTRAINT fk_jurisdiction_parent FOREIGN KEY (parent_id) REFERENCES jurisdiction (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE department (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    jurisdiction_id BIGINT       NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_department_code (code),
    KEY ix_department_jurisdiction (jurisdiction_id),
    CONSTRAINT fk_department_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
