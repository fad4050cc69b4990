-- Plan drafts: what the parser read from a plan text, kept for review until it is adopted as a plan.
-- The draft itself is one JSON document (the API's view of it); adopted_plan names the plan it became
-- (no foreign key: a DRAFT plan may be deleted later and the draft still records that it was adopted).
CREATE TABLE plan_draft (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    draft         MEDIUMTEXT   NOT NULL,
    adopted_plan  VARCHAR(64)  NULL,
    adopted_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
