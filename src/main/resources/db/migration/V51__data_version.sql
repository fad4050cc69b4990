-- The version of the data evaluations read: bumped in the same transaction as every push that writes a value and
-- every edit of a plan, target, indicator, jurisdiction or assessment. Cached evaluations are keyed by it, so
-- every replica sees a change the moment it commits.
CREATE TABLE data_version (
    id       TINYINT NOT NULL,
    version  BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO data_version (id, version) VALUES (1, 0);
