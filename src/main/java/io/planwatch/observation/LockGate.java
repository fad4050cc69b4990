package io.planwatch.observation;

import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Messages;
import io.planwatch.lock.LockedKeys;
import io.planwatch.observation.RowValidator.ValidRow;
import io.planwatch.security.Caller;
import io.planwatch.security.Role;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The period locks one push meets: a row that would create or change a frozen value is LOCKED, unless the push
 * overrides locks (with a reason) and its caller may override every lock freezing that value: an administrator,
 * or a plan owner whose reach includes the locking plan's jurisdiction. The service itself (no caller) may.
 */
final class LockGate {

    static final LockGate NONE = new LockGate(LockedKeys.NONE, null, null);

    private final LockedKeys keys;
    private final Caller caller;
    private final String overrideReason;

    /** @param overrideReason why the push overrides locks; null when it does not */
    LockGate(LockedKeys keys, Caller caller, String overrideReason) {
        this.keys = keys;
        this.caller = caller;
        this.overrideReason = overrideReason;
    }

    /** The rejection of a row that would change a frozen value, or null when it may (not frozen, or overridden). */
    FieldError refuse(ValidRow row) {
        if (keys.isEmpty()) {
            return null;
        }
        for (LockedKeys.Lock lock : keys.covering(row.indicatorId(), row.jurisdictionId(), row.period())) {
            if (overrideReason == null || !mayOverride(lock)) {
                return new FieldError(
                        row.index(),
                        "period",
                        FieldErrorCode.LOCKED,
                        Messages.text(
                                overrideReason == null ? "row.locked" : "row.lockedNotOwner",
                                row.period(),
                                lock.plan(),
                                lock.throughYear()));
            }
        }
        return null;
    }

    /** The plans whose locks a change of this row overrides, comma-separated; null when it meets none. */
    String overridden(ValidRow row) {
        if (overrideReason == null || keys.isEmpty()) {
            return null;
        }
        List<LockedKeys.Lock> locks = keys.covering(row.indicatorId(), row.jurisdictionId(), row.period());
        return locks.isEmpty()
                ? null
                : locks.stream().map(LockedKeys.Lock::plan).distinct().collect(Collectors.joining(","));
    }

    String overrideReason() {
        return overrideReason;
    }

    private boolean mayOverride(LockedKeys.Lock lock) {
        return caller == null
                || caller.reachesEverything()
                || caller.is(Role.PLAN_OWNER) && caller.reaches(lock.planJurisdictionId());
    }
}
