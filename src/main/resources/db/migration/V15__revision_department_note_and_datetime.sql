-- A revision records the whole new state of the observation, not only value and status: the reporting department
-- and the note too, so a change of note or department leaves a trace like a change of value. Its time becomes
-- DATETIME(6) in UTC as in V8.
-- Converting TIMESTAMP to DATETIME keeps each instant only if the session reads it in UTC, as the service writes it.
SET time_zone = '+00:00';
ALTER TABLE observation_revision
    MODIFY changed_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD department_id BIGINT       NULL AFTER new_status,
    ADD note          VARCHAR(500) NULL AFTER department_id,
    ADD CONSTRAINT fk_revision_department FOREIGN KEY (department_id) REFERENCES department (id);
