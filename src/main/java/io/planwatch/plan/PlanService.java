package io.planwatch.plan;

import io.planwatch.common.Cursor;
import io.planwatch.common.ETags;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Page;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.jurisdiction.Jurisdiction;
import io.planwatch.security.Actors;
import io.planwatch.vocabulary.Population;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans and their structure: domains and main goals. */
@ApplicationScoped
public class PlanService {

    private final EntityManager em;
    private final Actors actors;

    public PlanService(EntityManager em, Actors actors) {
        this.em = em;
        this.actors = actors;
    }

    public Plan get(String code) {
        return Plan.findByCode(code).orElseThrow(() -> ProblemException.notFound("plan", code));
    }

    public Page<PlanDto> list(String jurisdiction, Population population, PlanStatus status, int limit, String cursor) {
        String after = Cursor.decode(cursor);
        StringBuilder where = new StringBuilder("code > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", after == null ? "" : after);
        if (jurisdiction != null) {
            where.append(" and jurisdiction.code = :jurisdiction");
            params.put("jurisdiction", jurisdiction);
        }
        var reach = actors.caller().map(c -> c.reachedIds());
        if (reach.isPresent()) {
            where.append(" and jurisdiction.id in :reach");
            params.put("reach", reach.get().isEmpty() ? java.util.Set.of(-1L) : reach.get());
        }
        if (population != null) {
            where.append(" and population = :population");
            params.put("population", population);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        List<Plan> rows = Plan.<Plan>find(where + " order by code", params)
                .range(0, limit)
                .list();
        return Page.of(rows, limit, p -> p.code, PlanDto::of);
    }

    /** A plan a caller creates: a DRAFT (adopting a plan draft creates it in the status the adoption names, {@link #create}). */
    @Transactional
    public Plan createDraft(PlanDto dto) {
        if (dto.status() != null && dto.status() != PlanStatus.DRAFT) {
            throw ProblemException.invalid(
                    "status",
                    FieldErrorCode.READ_ONLY,
                    "a plan is created DRAFT, not " + dto.status() + ": adopt it with a PUT once its targets are in");
        }
        return create(dto);
    }

    @Transactional
    public Plan create(PlanDto dto) {
        if (Plan.findByCode(dto.code()).isPresent()) {
            throw new ProblemException(ProblemType.ALREADY_EXISTS, "plan '" + dto.code() + "' already exists");
        }
        Plan p = new Plan();
        p.code = dto.code();
        apply(p, dto);
        p.persist();
        return p;
    }

    @Transactional
    public Plan update(String code, PlanDto dto, String ifMatch) {
        Plan p = get(code);
        ETags.check(ifMatch, p.version);
        if (!code.equals(dto.code())) {
            throw ProblemException.invalid(
                    "code",
                    FieldErrorCode.IMMUTABLE,
                    "code is the identity of a plan and cannot change (path " + code + ", body " + dto.code() + ")");
        }
        PlanStatus was = p.status;
        apply(p, dto);
        if (was != PlanStatus.DRAFT && p.status == PlanStatus.DRAFT) {
            throw ProblemException.invalid(
                    "status",
                    FieldErrorCode.INCONSISTENT,
                    "plan '" + code + "' is " + was
                            + "; an adopted plan does not return to DRAFT (it would become deletable)");
        }
        checkTargetsFitThePeriod(p);
        em.flush();
        return p;
    }

    /** A new period must still hold every target year and milestone the plan's targets name. */
    private void checkTargetsFitThePeriod(Plan p) {
        long outside = em.createQuery(
                                "select count(t) from Target t where t.plan = ?1 and (t.targetYear < ?2 or t.targetYear > ?3)",
                                Long.class)
                        .setParameter(1, p)
                        .setParameter(2, p.periodStart)
                        .setParameter(3, p.periodEnd)
                        .getSingleResult()
                + em.createQuery(
                                "select count(m) from Target t join t.milestones m where t.plan = ?1 and (m.year < ?2 or m.year >= t.targetYear)",
                                Long.class)
                        .setParameter(1, p)
                        .setParameter(2, p.periodStart)
                        .getSingleResult();
        if (outside > 0) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    outside + " target years or milestones of plan '" + p.code + "' fall outside the new period "
                            + p.periodStart + "–" + p.periodEnd + "; change those targets first");
        }
    }

    /** Only a DRAFT plan may be deleted, with its structure; an adopted plan is archived, never deleted. */
    @Transactional
    public void delete(String code, String ifMatch) {
        Plan p = get(code);
        ETags.check(ifMatch, p.version);
        if (p.status != PlanStatus.DRAFT) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "plan '" + code + "' is " + p.status
                            + "; only DRAFT plans can be deleted (set status ARCHIVED instead)");
        }
        long children = em.createQuery("select count(p) from Plan p where p.parentPlan = ?1", Long.class)
                .setParameter(1, p)
                .getSingleResult();
        if (children > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE, "plan '" + code + "' is the parent of " + children + " plans");
        }
        long snapshots = em.createQuery("select count(s) from Snapshot s where s.plan = ?1", Long.class)
                .setParameter(1, p)
                .getSingleResult();
        long assessments = em.createQuery("select count(a) from Assessment a where a.target.plan = ?1", Long.class)
                .setParameter(1, p)
                .getSingleResult();
        if (snapshots + assessments > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "plan '" + code + "' has " + snapshots + " snapshots and " + assessments
                            + " assessments; they are a record and keep the plan (set status ARCHIVED instead)");
        }
        for (Target t : Target.<Target>list("plan", p)) {
            t.delete();
        }
        em.flush();
        em.createQuery("delete from Goal g where g.domain in (select d from Domain d where d.plan = ?1)")
                .setParameter(1, p)
                .executeUpdate();
        em.createQuery("delete from Domain d where d.plan = ?1")
                .setParameter(1, p)
                .executeUpdate();
        p.delete();
    }

    private void apply(Plan p, PlanDto dto) {
        if (dto.periodEnd() < dto.periodStart()) {
            throw ProblemException.invalid(
                    "periodEnd",
                    FieldErrorCode.OUT_OF_RANGE,
                    "periodEnd " + dto.periodEnd() + " is before periodStart " + dto.periodStart());
        }
        int baseline = dto.baselineYear() == null ? dto.periodStart() - 1 : dto.baselineYear();
        if (baseline > dto.periodStart()) {
            throw ProblemException.invalid(
                    "baselineYear",
                    FieldErrorCode.OUT_OF_RANGE,
                    "baselineYear " + baseline + " is after periodStart " + dto.periodStart());
        }
        if (dto.midtermYear() != null
                && (dto.midtermYear() < dto.periodStart() || dto.midtermYear() > dto.periodEnd())) {
            throw ProblemException.invalid(
                    "midtermYear",
                    FieldErrorCode.OUT_OF_RANGE,
                    "midtermYear " + dto.midtermYear() + " is outside the period " + dto.periodStart() + "–"
                            + dto.periodEnd());
        }
        p.title = dto.title();
        // A jurisdiction outside the caller's reach reads as one that does not exist.
        p.jurisdiction = Jurisdiction.findByCode(dto.jurisdiction())
                .filter(j -> actors.caller().map(c -> c.reaches(j.id)).orElse(true))
                .orElseThrow(() -> ProblemException.invalid(
                        "jurisdiction",
                        FieldErrorCode.UNKNOWN_REFERENCE,
                        "jurisdiction '" + dto.jurisdiction() + "' does not exist"));
        p.population = dto.population();
        p.periodStart = dto.periodStart();
        p.periodEnd = dto.periodEnd();
        p.baselineYear = baseline;
        p.midtermYear = dto.midtermYear();
        p.issuer = dto.issuer();
        p.documentNumber = dto.documentNumber();
        p.issueDate = dto.issueDate();
        // A PUT that leaves status out keeps it: omitting a field must not reset an adopted plan to DRAFT.
        p.status = dto.status() != null ? dto.status() : p.status != null ? p.status : PlanStatus.DRAFT;
        if (dto.parentPlan() != null) {
            Plan parent = Plan.findByCode(dto.parentPlan())
                    .orElseThrow(() -> ProblemException.invalid(
                            "parentPlan",
                            FieldErrorCode.UNKNOWN_REFERENCE,
                            "plan '" + dto.parentPlan() + "' does not exist"));
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (Plan above = parent; above != null && seen.add(above.id); above = above.parentPlan) {
                if (above.code.equals(p.code)) {
                    throw ProblemException.invalid(
                            "parentPlan",
                            FieldErrorCode.INCONSISTENT,
                            "a plan cannot implement itself, directly or through '" + parent.code + "'");
                }
            }
            p.parentPlan = parent;
        } else {
            p.parentPlan = null;
        }
    }

    // --- domains ---

    public Domain domain(Plan plan, int order) {
        return Domain.find(plan, order).orElseThrow(() -> ProblemException.notFound("domain", plan.code + "/" + order));
    }

    public List<Domain> domains(Plan plan) {
        return Domain.ofPlan(plan);
    }

    public List<Goal> goals(Plan plan) {
        return Goal.ofPlan(plan);
    }

    @Transactional
    public Domain createDomain(String planCode, DomainDto dto) {
        Plan plan = get(planCode);
        if (Domain.find(plan, dto.order()).isPresent()) {
            throw new ProblemException(
                    ProblemType.ALREADY_EXISTS, "plan '" + planCode + "' already has a domain " + dto.order());
        }
        Domain d = new Domain();
        d.plan = plan;
        d.order = dto.order();
        d.name = dto.name();
        d.persist();
        return d;
    }

    @Transactional
    public Domain updateDomain(String planCode, int order, DomainDto dto, String ifMatch) {
        Domain d = domain(get(planCode), order);
        ETags.check(ifMatch, d.version);
        if (dto.order() != order) {
            throw ProblemException.invalid(
                    "order",
                    FieldErrorCode.IMMUTABLE,
                    "a domain's order is its address and cannot change (path " + order + ", body " + dto.order() + ")");
        }
        d.name = dto.name();
        em.flush();
        return d;
    }

    @Transactional
    public void deleteDomain(String planCode, int order, String ifMatch) {
        Domain d = domain(get(planCode), order);
        ETags.check(ifMatch, d.version);
        long goals = Goal.count("domain", d);
        long targets = Target.count("domain", d);
        if (goals + targets > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "domain " + order + " still has " + goals + " goals and " + targets + " targets");
        }
        d.delete();
    }

    // --- goals ---

    public Goal goal(Domain domain, int number) {
        return Goal.find(domain, number)
                .orElseThrow(
                        () -> ProblemException.notFound("goal", domain.plan.code + "/" + domain.order + "/" + number));
    }

    @Transactional
    public Goal createGoal(String planCode, int order, GoalDto dto) {
        Domain d = domain(get(planCode), order);
        if (Goal.find(d, dto.number()).isPresent()) {
            throw new ProblemException(
                    ProblemType.ALREADY_EXISTS, "domain " + order + " already has a goal " + dto.number());
        }
        Goal g = new Goal();
        g.domain = d;
        g.number = dto.number();
        g.text = dto.text();
        g.persist();
        return g;
    }

    @Transactional
    public Goal updateGoal(String planCode, int order, int number, GoalDto dto, String ifMatch) {
        Goal g = goal(domain(get(planCode), order), number);
        ETags.check(ifMatch, g.version);
        if (dto.number() != number) {
            throw ProblemException.invalid(
                    "number",
                    FieldErrorCode.IMMUTABLE,
                    "a goal's number is its address and cannot change (path " + number + ", body " + dto.number()
                            + ")");
        }
        g.text = dto.text();
        em.flush();
        return g;
    }

    @Transactional
    public void deleteGoal(String planCode, int order, int number, String ifMatch) {
        Goal g = goal(domain(get(planCode), order), number);
        ETags.check(ifMatch, g.version);
        long targets = Target.count("goal", g);
        if (targets > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE, "goal " + order + "." + number + " still has " + targets + " targets");
        }
        g.delete();
    }
}
