package io.planwatch.lock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The observation keys that period locks freeze, for one push: a lock of plan P through year Y freezes every value
 * of a year up to Y, of an indicator that a target of P reads (its indicator or its reference indicator), in P's
 * jurisdiction or one below it — exactly the values P's evaluation reads.
 */
public final class LockedKeys {

    /** One plan's lock as it bears on a push: the latest year frozen and the plan's jurisdiction (who may override). */
    public record Lock(String plan, long planJurisdictionId, int throughYear) {}

    /** A lock with what it freezes: the indicators and the jurisdictions (the plan's subtree). */
    record Frozen(Lock lock, Set<Long> indicators, Set<Long> jurisdictions) {}

    public static final LockedKeys NONE = new LockedKeys(List.of());

    private final List<Frozen> frozen;

    LockedKeys(List<Frozen> frozen) {
        this.frozen = frozen;
    }

    /** The locks freezing this value, most recent year first; empty when it may change freely. */
    public List<Lock> covering(long indicatorId, long jurisdictionId, int period) {
        List<Lock> locks = new ArrayList<>(1);
        for (Frozen f : frozen) {
            if (period <= f.lock().throughYear()
                    && f.indicators().contains(indicatorId)
                    && f.jurisdictions().contains(jurisdictionId)) {
                locks.add(f.lock());
            }
        }
        return locks;
    }

    public boolean isEmpty() {
        return frozen.isEmpty();
    }

    static LockedKeys of(Map<Lock, Set<Long>> indicatorsByLock, java.util.function.LongFunction<Set<Long>> subtree) {
        List<Frozen> frozen = new ArrayList<>(indicatorsByLock.size());
        indicatorsByLock.forEach((lock, indicators) ->
                frozen.add(new Frozen(lock, indicators, subtree.apply(lock.planJurisdictionId()))));
        frozen.sort(java.util.Comparator.comparingInt((Frozen f) -> f.lock().throughYear())
                .reversed()
                .thenComparing(f -> f.lock().plan()));
        return new LockedKeys(List.copyOf(frozen));
    }
}
