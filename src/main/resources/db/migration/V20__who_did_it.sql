-- Who did it: the subject (user or system) and department of the bearer token that made each push, assessment,
-- snapshot, plan draft and adoption. Kept as the token said them (text, not references): a token's department may
-- name no department row (an administrator's), and the record must outlive renamed or deleted departments.
-- A revision names its push, which carries them. Idempotency-Keys now belong to the authenticated caller, not to
-- the source it names: anyone can write any source, so a key per source could be taken first by someone else.
-- Pushes from before keep their keys unique per source, under a subject no token carries ("source:wjw-mis").
ALTER TABLE observation_push
    ADD actor_subject    VARCHAR(255) COLLATE utf8mb4_bin NULL,
    ADD actor_department VARCHAR(32)  NULL;
UPDATE observation_push SET actor_subject = CONCAT('source:', source) WHERE actor_subject IS NULL;
ALTER TABLE observation_push
    DROP INDEX uk_push_source_idempotency_key,
    ADD UNIQUE KEY uk_push_actor_idempotency_key (actor_subject, idempotency_key),
    ADD KEY ix_push_actor (actor_subject, id);

ALTER TABLE assessment
    ADD actor_subject    VARCHAR(255) NULL,
    ADD actor_department VARCHAR(32)  NULL;

ALTER TABLE evaluation_snapshot
    ADD actor_subject    VARCHAR(255) NULL,
    ADD actor_department VARCHAR(32)  NULL;

-- A draft is seen by its creator's jurisdiction (and those above it); it has no plan, so no jurisdiction, yet.
ALTER TABLE plan_draft
    ADD actor_subject         VARCHAR(255) NULL,
    ADD actor_department      VARCHAR(32)  NULL,
    ADD actor_jurisdiction    VARCHAR(12)  NULL,
    ADD adopted_by_subject    VARCHAR(255) NULL,
    ADD adopted_by_department VARCHAR(32)  NULL;
