package io.planwatch.evaluation;

import io.planwatch.common.Decimals;
import io.planwatch.common.ProblemException;
import io.planwatch.evaluation.engine.Assessment;
import io.planwatch.evaluation.engine.Milestone;
import io.planwatch.evaluation.engine.Point;
import io.planwatch.vocabulary.AssessmentLevel;
import io.planwatch.vocabulary.Level;
import io.planwatch.vocabulary.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Reads what a plan's evaluation needs in a fixed number of set-based queries, whatever the number of targets,
 * years or townships: the plan, its domains, its targets (one projection row each), their milestones, the
 * sub-jurisdictions at any depth (one recursive query, only with EACH targets), every observation of the plan's
 * series, and the assessments (only with qualitative targets). Seven queries at most, whatever the plan's size.
 */
@ApplicationScoped
public class PlanInputsReader {

    private final EntityManager em;

    public PlanInputsReader(EntityManager em) {
        this.em = em;
    }

    /** @param targetId read only this target of the plan (null: all of them) */
    PlanInputs read(String planCode, Long targetId) {
        return read(List.of(plan(planCode)), targetId).get(0);
    }

    /**
     * The inputs of several plans in the same seven queries as one plan's, whatever their number: what the upper
     * level compares. Plans that do not exist are left out; the others come in the order given.
     */
    List<PlanInputs> read(List<String> planCodes) {
        if (planCodes.isEmpty()) {
            return List.of();
        }
        Map<String, PlanInputs.PlanRef> byCode = new HashMap<>();
        plans("p.code in :codes", "codes", planCodes).forEach(p -> byCode.put(p.code(), p));
        return read(
                planCodes.stream().filter(byCode::containsKey).map(byCode::get).toList(), null);
    }

    private List<PlanInputs> read(List<PlanInputs.PlanRef> plans, Long targetId) {
        List<Long> planIds = plans.stream().map(PlanInputs.PlanRef::id).toList();
        Map<Long, List<PlanInputs.DomainRef>> domains = new HashMap<>();
        em.createQuery(
                        "select d.plan.id, d.order, d.name from Domain d where d.plan.id in :plans order by d.plan.id, d.order",
                        Object[].class)
                .setParameter("plans", planIds)
                .getResultStream()
                .forEach(r -> domains.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new PlanInputs.DomainRef((Integer) r[1], (String) r[2])));
        TypedQuery<TargetRow> targetQuery = em.createQuery(
                        TargetRow.SELECT + " where t.plan.id in :plans"
                                + (targetId == null ? "" : " and t.id = :target") + " order by d.order, t.id",
                        TargetRow.class)
                .setParameter("plans", planIds);
        if (targetId != null) {
            targetQuery.setParameter("target", targetId);
        }
        List<TargetRow> targets = targetQuery.getResultList();
        if (targetId != null && targets.isEmpty()) {
            throw ProblemException.notFound("target", plans.get(0).code() + "/" + targetId);
        }
        Map<Long, List<TargetRow>> targetsOf = new HashMap<>();
        targets.forEach(t ->
                targetsOf.computeIfAbsent(t.planId(), k -> new ArrayList<>()).add(t));
        Map<Long, Map<Level, List<PlanInputs.Subunit>>> subunits =
                targets.stream().anyMatch(TargetRow::isEach) ? subunits(plans, targets) : Map.of();
        Map<Long, List<Milestone>> milestones = milestones(planIds, targetId, targets);
        Map<PlanInputs.SeriesKey, List<Point>> series = observations(plans, targetsOf, subunits);
        Map<Long, List<Assessment>> assessments = assessments(planIds, targetId, targets);
        return plans.stream()
                .map(p -> new PlanInputs(
                        p,
                        domains.getOrDefault(p.id(), List.of()),
                        targetsOf.getOrDefault(p.id(), List.of()),
                        milestones,
                        subunits.getOrDefault(p.jurisdictionId(), Map.of()),
                        series,
                        assessments))
                .toList();
    }

    /** A plan that implements another, with the name of its jurisdiction. */
    record Implementing(String code, String jurisdictionName) {}

    /**
     * The ADOPTED plans whose parentPlan is the given one, by jurisdiction code (a draft under review or a plan an
     * archived one replaced would skew the comparison); 404 when the plan does not exist.
     */
    List<Implementing> implementingPlans(String parentCode) {
        plan(parentCode);
        return em.createQuery("""
                        select p.code, j.name from Plan p join p.jurisdiction j
                        where p.parentPlan.code = :parent and p.status = io.planwatch.plan.PlanStatus.ADOPTED
                        order by j.code, p.code""", Object[].class)
                .setParameter("parent", parentCode)
                .getResultStream()
                .map(r -> new Implementing((String) r[0], (String) r[1]))
                .toList();
    }

    private PlanInputs.PlanRef plan(String code) {
        List<PlanInputs.PlanRef> found = plans("p.code = :code", "code", code);
        if (found.isEmpty()) {
            throw ProblemException.notFound("plan", code);
        }
        return found.get(0);
    }

    private List<PlanInputs.PlanRef> plans(String where, String parameter, Object value) {
        return em.createQuery("""
                        select p.id, p.code, p.title, j.id, j.code, p.baselineYear, p.midtermYear, p.periodEnd
                        from Plan p join p.jurisdiction j""" + " where " + where, Object[].class)
                .setParameter(parameter, value)
                .getResultStream()
                .map(r -> new PlanInputs.PlanRef(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (Long) r[3],
                        (String) r[4],
                        (Integer) r[5],
                        (Integer) r[6],
                        (Integer) r[7]))
                .toList();
    }

    /**
     * The milestones of the targets read, selected by plan (and target) rather than by a list of target ids: a city's
     * hundred county plans are a hundred parameters, not 11,000 the driver would bind and parse on every read.
     */
    private Map<Long, List<Milestone>> milestones(List<Long> planIds, Long targetId, List<TargetRow> targets) {
        Map<Long, List<Milestone>> byTarget = new HashMap<>();
        if (targets.isEmpty()) {
            return byTarget;
        }
        List<Object[]> rows = ofTargets(
                        "select t.id, m.year, m.value from Target t join t.milestones m where t.plan.id in :plans",
                        targetId,
                        " order by t.id, m.year")
                .setParameter("plans", planIds)
                .getResultList();
        for (Object[] r : rows) {
            byTarget.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new Milestone((Integer) r[1], Decimals.clean((BigDecimal) r[2])));
        }
        return byTarget;
    }

    private TypedQuery<Object[]> ofTargets(String select, Long targetId, String orderBy) {
        TypedQuery<Object[]> query =
                em.createQuery(select + (targetId == null ? "" : " and t.id = :target") + orderBy, Object[].class);
        return targetId == null ? query : query.setParameter("target", targetId);
    }

    /**
     * Each plan jurisdiction's descendants at any depth, of the levels EACH targets name, in one recursive query
     * over the parent chain: a province plan "以乡镇为单位" reaches the townships of every county of every prefecture.
     * Not by code prefix: a township's 9-digit code need not extend its county's 6 digits. By plan jurisdiction id.
     */
    private Map<Long, Map<Level, List<PlanInputs.Subunit>>> subunits(
            List<PlanInputs.PlanRef> plans, List<TargetRow> targets) {
        List<String> levels = targets.stream()
                .filter(TargetRow::isEach)
                .map(t -> t.scopeLevel().name())
                .distinct()
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH RECURSIVE below (root, id, code, level, name) AS (
                            SELECT parent_id, id, code, level, name FROM jurisdiction WHERE parent_id IN (:roots)
                            UNION ALL
                            SELECT b.root, c.id, c.code, c.level, c.name FROM jurisdiction c JOIN below b ON c.parent_id = b.id
                        )
                        SELECT root, id, code, level, name FROM below WHERE level IN (:levels) ORDER BY root, code""")
                .setParameter(
                        "roots",
                        plans.stream()
                                .map(PlanInputs.PlanRef::jurisdictionId)
                                .distinct()
                                .toList())
                .setParameter("levels", levels)
                .getResultList();
        Map<Long, Map<Level, List<PlanInputs.Subunit>>> byRoot = new HashMap<>();
        for (Object[] r : rows) {
            byRoot.computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(Level.class))
                    .computeIfAbsent(Level.valueOf((String) r[3]), k -> new ArrayList<>())
                    .add(new PlanInputs.Subunit(((Number) r[1]).longValue(), (String) r[2], (String) r[4]));
        }
        return byRoot;
    }

    /**
     * One query for every series of every plan: the plan jurisdictions' values of the plans' indicators, and the
     * sub-jurisdictions' values of the indicators of EACH targets. Disaggregations are matched in memory.
     */
    private Map<PlanInputs.SeriesKey, List<Point>> observations(
            List<PlanInputs.PlanRef> plans,
            Map<Long, List<TargetRow>> targetsOf,
            Map<Long, Map<Level, List<PlanInputs.Subunit>>> subunitsOf) {
        Set<Long> indicators = new LinkedHashSet<>();
        Set<Long> eachIndicators = new LinkedHashSet<>();
        Set<Long> subunitIds = new LinkedHashSet<>();
        Set<Long> jurisdictions = new LinkedHashSet<>();
        for (PlanInputs.PlanRef plan : plans) {
            jurisdictions.add(plan.jurisdictionId());
            Map<Level, List<PlanInputs.Subunit>> subunits = subunitsOf.getOrDefault(plan.jurisdictionId(), Map.of());
            for (TargetRow t : targetsOf.getOrDefault(plan.id(), List.of())) {
                if (t.referenceId() != null) {
                    indicators.add(t.referenceId());
                }
                if (t.indicatorId() != null) {
                    indicators.add(t.indicatorId());
                    if (t.isEach()) {
                        eachIndicators.add(t.indicatorId());
                        subunits.getOrDefault(t.scopeLevel(), List.of()).forEach(u -> subunitIds.add(u.id()));
                    }
                }
            }
        }
        Map<PlanInputs.SeriesKey, List<Point>> series = new HashMap<>();
        if (indicators.isEmpty()) {
            return series;
        }
        boolean each = !eachIndicators.isEmpty() && !subunitIds.isEmpty();
        String sql = "SELECT indicator_id, jurisdiction_id, period, disaggregation, obs_value FROM observation"
                + " WHERE (jurisdiction_id IN (" + marks(jurisdictions) + ") AND indicator_id IN (" + marks(indicators)
                + "))"
                + (each
                        ? " OR (jurisdiction_id IN (" + marks(subunitIds) + ") AND indicator_id IN ("
                                + marks(eachIndicators) + "))"
                        : "");
        List<Long> parameters = new ArrayList<>(jurisdictions);
        parameters.addAll(indicators);
        if (each) {
            parameters.addAll(subunitIds);
            parameters.addAll(eachIndicators);
        }
        // Plain JDBC on the transaction's connection (its consistent snapshot), values read as text: Hibernate's row
        // assembly and the driver's DECIMAL(34,20) → BigDecimal decoding were most of a cold evaluation's time.
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    ps.setLong(i + 1, parameters.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        series.computeIfAbsent(
                                        new PlanInputs.SeriesKey(rs.getLong(1), rs.getLong(2), rs.getString(4)),
                                        k -> new ArrayList<>())
                                .add(new Point(rs.getInt(3), Decimals.stored(rs.getString(5))));
                    }
                }
            }
        });
        return series;
    }

    private static String marks(Set<Long> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }

    private Map<Long, List<Assessment>> assessments(List<Long> planIds, Long targetId, List<TargetRow> targets) {
        Map<Long, List<Assessment>> byTarget = new HashMap<>();
        if (targets.stream().noneMatch(t -> t.kind() == TargetKind.QUALITATIVE)) {
            return byTarget;
        }
        List<Object[]> rows = ofTargets(
                        "select t.id, a.year, a.level from Assessment a join a.target t where t.plan.id in :plans"
                                + " and t.kind = io.planwatch.vocabulary.TargetKind.QUALITATIVE",
                        targetId,
                        " order by t.id, a.year")
                .setParameter("plans", planIds)
                .getResultList();
        for (Object[] r : rows) {
            byTarget.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(PlanInputs.assessment((Integer) r[1], (AssessmentLevel) r[2]));
        }
        return byTarget;
    }
}
