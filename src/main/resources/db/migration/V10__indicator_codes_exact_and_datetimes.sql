-- As V8, for indicators.
-- Converting TIMESTAMP to DATETIME keeps each instant only if the session reads it in UTC, as the service writes it.
SET time_zone = '+00:00';
ALTER TABLE indicator
    MODIFY code       VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
