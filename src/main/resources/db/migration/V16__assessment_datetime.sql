-- As V8, for assessments.
-- Converting TIMESTAMP to DATETIME keeps each instant only if the session reads it in UTC, as the service writes it.
SET time_zone = '+00:00';
ALTER TABLE assessment
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
