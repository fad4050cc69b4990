-- Frozen evaluations (ANNUAL, MIDTERM, FINAL). The evaluation and the inputs it read are kept as the exact bytes
-- served, so a published report reproduces byte for byte; inputs_hash is the SHA-256 of the inputs bytes.
CREATE TABLE evaluation_snapshot (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id          BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    as_of            INT          NOT NULL,
    inputs_hash      CHAR(64)     NOT NULL,
    evaluation_json  LONGBLOB     NOT NULL,
    inputs_json      LONGBLOB     NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_snapshot_plan (plan_id, id),
    CONSTRAINT fk_snapshot_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
