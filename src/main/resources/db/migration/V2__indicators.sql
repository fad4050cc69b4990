-- The shared indicator library: defined once, used by every plan and jurisdiction.
CREATE TABLE indicator (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    code                     VARCHAR(64)   NOT NULL,
    name                     VARCHAR(200)  NOT NULL,
    unit                     VARCHAR(32)   NOT NULL,
    polarity                 VARCHAR(20)   NOT NULL,
    min_value                DECIMAL(20,6) NULL,
    max_value                DECIMAL(20,6) NULL,
    volatility_threshold     DECIMAL(9,4)  NULL,
    definition               TEXT          NULL,
    source_department_id     BIGINT        NULL,
    version                  INT           NOT NULL DEFAULT 0,
    created_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_indicator_code (code),
    KEY ix_indicator_name (name),
    CONSTRAINT fk_indicator_source_department FOREIGN KEY (source_department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_dimension (
    indicator_id BIGINT      NOT NULL,
    dimension    VARCHAR(32) NOT NULL,
    PRIMARY KEY (indicator_id, dimension),
    CONSTRAINT fk_indicator_dimension FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_synonym (
    indicator_id BIGINT       NOT NULL,
    synonym      VARCHAR(200) NOT NULL,
    PRIMARY KEY (indicator_id, synonym),
    KEY ix_indicator_synonym (synonym),
    CONSTRAINT fk_indicator_synonym FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
