package io.planwatch.observation;

import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;

/**
 * A push transaction found its own writes missing: the database undid part of it (a deadlock victim whose error
 * did not reach us, or a transaction timed out under it). Nothing of it may commit; {@link Deadlocks} does the
 * whole push again, and only when that keeps happening does the client get the 503.
 */
final class TransactionUndone extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** What was found missing, for the log; the client reads only that nothing was written. */
    final String reason;

    TransactionUndone(String reason) {
        super(
                ProblemType.SERVICE_UNAVAILABLE,
                "the push met concurrent pushes of the same rows and was undone; nothing was written:"
                        + " send it again");
        this.reason = reason;
    }
}
