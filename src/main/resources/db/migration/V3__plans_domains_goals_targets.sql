-- Plans, their domains (领域), main goals (主要目标) and measurable targets (目标值).
CREATE TABLE plan (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    code             VARCHAR(64)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    jurisdiction_id  BIGINT       NOT NULL,
    population       VARCHAR(16)  NOT NULL,
    period_start     INT          NOT NULL,
    period_end       INT          NOT NULL,
    baseline_year    INT          NOT NULL,
    midterm_year     INT          NULL,
    issuer           VARCHAR(200) NULL,
    document_number  VARCHAR(100) NULL,
    issue_date       DATE         NULL,
    status           VARCHAR(16)  NOT NULL,
    parent_plan_id   BIGINT       NULL,
    version          INT          NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_plan_code (code),
    KEY ix_plan_jurisdiction (jurisdiction_id),
    CONSTRAINT fk_plan_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id),
    CONSTRAINT fk_plan_parent FOREIGN KEY (parent_plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_domain (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id   BIGINT       NOT NULL,
    ord       INT          NOT NULL,
    name      VARCHAR(100) NOT NULL,
    version   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_domain_plan_ord (plan_id, ord),
    CONSTRAINT fk_domain_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_goal (
    id         BIGINT  NOT NULL AUTO_INCREMENT,
    domain_id  BIGINT  NOT NULL,
    number     INT     NOT NULL,
    text       TEXT    NOT NULL,
    version    INT     NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_goal_domain_number (domain_id, number),
    CONSTRAINT fk_goal_domain FOREIGN KEY (domain_id) REFERENCES plan_domain (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id             BIGINT        NOT NULL,
    domain_id           BIGINT        NOT NULL,
    goal_id             BIGINT        NULL,
    indicator_id        BIGINT        NULL,
    kind                VARCHAR(20)   NOT NULL,
    target_value        DECIMAL(20,6) NULL,
    strict_comparison   BOOLEAN       NOT NULL DEFAULT FALSE,
    target_year         INT           NOT NULL,
    maintain            BOOLEAN       NOT NULL DEFAULT FALSE,
    scope_type          VARCHAR(16)   NOT NULL,
    scope_level         VARCHAR(16)   NULL,
    disaggregation      VARCHAR(191)  COLLATE utf8mb4_bin NOT NULL DEFAULT '',
    gap_dimension       VARCHAR(32)   NULL,
    gap_a               VARCHAR(32)   NULL,
    gap_b               VARCHAR(32)   NULL,
    baseline_year       INT           NULL,
    change_pct          DECIMAL(9,4)  NULL,
    tolerance           DECIMAL(20,6) NULL,
    lead_department_id  BIGINT        NULL,
    source_text         TEXT          NULL,
    source_line         INT           NULL,
    version             INT           NOT NULL DEFAULT 0,
    created_at          TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_target_plan (plan_id),
    KEY ix_target_indicator (indicator_id),
    CONSTRAINT fk_target_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_target_domain FOREIGN KEY (domain_id) REFERENCES plan_domain (id),
    CONSTRAINT fk_target_goal FOREIGN KEY (goal_id) REFERENCES plan_goal (id),
    CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_target_lead_department FOREIGN KEY (lead_department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target_milestone (
    target_id       BIGINT        NOT NULL,
    milestone_year  INT           NOT NULL,
    milestone_value DECIMAL(20,6) NOT NULL,
    PRIMARY KEY (target_id, milestone_year),
    CONSTRAINT fk_milestone_target FOREIGN KEY (target_id) REFERENCES target (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE target_cooperating_department (
    target_id     BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    PRIMARY KEY (target_id, department_id),
    CONSTRAINT fk_coop_target FOREIGN KEY (target_id) REFERENCES target (id) ON DELETE CASCADE,
    CONSTRAINT fk_coop_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
