-- As V8, for plan drafts.
-- Converting TIMESTAMP to DATETIME keeps each instant only if the session reads it in UTC, as the service writes it.
SET time_zone = '+00:00';
ALTER TABLE plan_draft
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY adopted_at DATETIME(6) NULL;
