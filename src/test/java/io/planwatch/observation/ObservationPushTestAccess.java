package io.planwatch.observation;

import io.planwatch.common.ProblemException;

/** Lets tests of other packages hold the package's own exceptions. */
public final class ObservationPushTestAccess {

    private ObservationPushTestAccess() {}

    /** What a push answers when Deadlocks gave up after its retries. */
    public static ProblemException undone() {
        return new TransactionUndone("test");
    }
}
