-- The push path counts the rows a push created and writes their revisions in one statement, by the push's id.
ALTER TABLE observation
    ADD KEY ix_observation_last_push (last_push_id);
