-- As V8, for observations.
-- Converting TIMESTAMP to DATETIME keeps each instant only if the session reads it in UTC, as the service writes it.
SET time_zone = '+00:00';
ALTER TABLE observation
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
