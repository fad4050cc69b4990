-- A department's yearly judgement (自评) of a qualitative target, with its evidence. One per target and year:
-- a correction is a new judgement for the next year, not an overwrite of a published one.
CREATE TABLE assessment (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    target_id      BIGINT       NOT NULL,
    assessed_year  INT          NOT NULL,
    level          VARCHAR(16)  NOT NULL,
    evidence       TEXT         NOT NULL,
    department_id  BIGINT       NULL,
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_assessment_target_year (target_id, assessed_year),
    CONSTRAINT fk_assessment_target FOREIGN KEY (target_id) REFERENCES target (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
