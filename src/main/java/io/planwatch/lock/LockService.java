package io.planwatch.lock;

import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Messages;
import io.planwatch.common.ProblemException;
import io.planwatch.plan.Plan;
import io.planwatch.plan.PlanService;
import io.planwatch.security.Actor;
import io.planwatch.security.Actors;
import io.planwatch.security.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Locks a plan's data through a year, lists the locks, and finds which of a push's values they freeze. */
@ApplicationScoped
public class LockService {

    private final PlanService plans;
    private final Scopes scopes;
    private final EntityManager em;
    private final Actors actors;

    public LockService(PlanService plans, Scopes scopes, EntityManager em, Actors actors) {
        this.plans = plans;
        this.scopes = scopes;
        this.em = em;
        this.actors = actors;
    }

    /** Adds a lock through a year of the plan (baseline year to period end); an earlier lock stays as it was. */
    @Transactional
    public LockDto lock(String planCode, LockDto.Request request) {
        Plan plan = plans.get(planCode);
        int year = request.throughYear();
        if (year < plan.baselineYear || year > plan.periodEnd) {
            throw ProblemException.invalid(
                    "throughYear",
                    FieldErrorCode.OUT_OF_RANGE,
                    Messages.text("lock.yearOutOfRange", year, plan.code, plan.baselineYear, plan.periodEnd));
        }
        PeriodLock l = new PeriodLock();
        l.plan = plan;
        l.throughYear = year;
        l.reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().strip();
        Actor actor = actors.current();
        l.actorSubject = actor.subject();
        l.actorDepartment = actor.department();
        l.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        l.persist();
        return LockDto.of(l);
    }

    /** The plan's locks, oldest first. */
    public List<LockDto> list(String planCode) {
        Plan plan = plans.get(planCode);
        return PeriodLock.<PeriodLock>list("plan = ?1 order by id", plan).stream()
                .map(LockDto::of)
                .toList();
    }

    /**
     * The lock a published (MIDTERM or FINAL) snapshot as of this year proposes, or null when the plan is locked
     * through that year already. Publishing proposes rather than locks: a snapshot is often taken to look before the
     * report is final, and a lock is the plan owner's decision, with its own record and reason.
     */
    public LockDto.Proposal proposal(Plan plan, int asOf) {
        Integer locked = em.createQuery(
                        "select max(l.throughYear) from PeriodLock l where l.plan = :plan", Integer.class)
                .setParameter("plan", plan)
                .getSingleResult();
        return locked != null && locked >= asOf
                ? null
                : new LockDto.Proposal(asOf, "/api/v1/plans/" + plan.code + "/locks");
    }

    /** The locks bearing on values of these indicators, with the jurisdictions each freezes; one query when none. */
    public LockedKeys covering(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return LockedKeys.NONE;
        }
        List<Object[]> rows = em.createQuery("""
                        select p.code, p.jurisdiction.id, max(l.throughYear), t.indicator.id, t.referenceIndicator.id
                        from PeriodLock l join l.plan p, Target t
                        where t.plan = p and (t.indicator.id in :ids or t.referenceIndicator.id in :ids)
                        group by p.code, p.jurisdiction.id, t.indicator.id, t.referenceIndicator.id""", Object[].class)
                .setParameter("ids", indicatorIds)
                .getResultList();
        if (rows.isEmpty()) {
            return LockedKeys.NONE;
        }
        Map<LockedKeys.Lock, Set<Long>> indicators = new HashMap<>();
        for (Object[] r : rows) {
            LockedKeys.Lock lock = new LockedKeys.Lock((String) r[0], (Long) r[1], (Integer) r[2]);
            Set<Long> ids = indicators.computeIfAbsent(lock, k -> new HashSet<>());
            ids.add((Long) r[3]);
            if (r[4] != null) {
                ids.add((Long) r[4]);
            }
        }
        Map<Long, Set<Long>> subtrees = new HashMap<>();
        return LockedKeys.of(indicators, id -> subtrees.computeIfAbsent(id, scopes::subtree));
    }
}
