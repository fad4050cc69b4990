package io.planwatch.report;

import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.indicator.Disaggregation;
import io.planwatch.vocabulary.Level;
import io.planwatch.vocabulary.ScopeType;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The department's data-collection template (填报模板) for a plan and year: every series the targets it leads are
 * evaluated on — the plan's jurisdiction, and for a target set for each township (scope EACH) every township too;
 * the target's own disaggregation, and for a gap target both groups — with the value of the year before.
 */
@ApplicationScoped
public class TemplateService {

    private final EntityManager em;

    public TemplateService(EntityManager em) {
        this.em = em;
    }

    DepartmentTemplate template(String departmentCode, String planCode, int year) {
        List<Object[]> department = em.createQuery(
                        "select d.id, d.name from Department d where d.code = :code", Object[].class)
                .setParameter("code", departmentCode)
                .getResultList();
        if (department.isEmpty()) {
            throw ProblemException.notFound("department", departmentCode);
        }
        List<Object[]> plan = em.createQuery(
                        "select p.id, p.title, j.id, j.code, j.name from Plan p join p.jurisdiction j where p.code = :code",
                        Object[].class)
                .setParameter("code", planCode)
                .getResultList();
        if (plan.isEmpty()) {
            throw ProblemException.notFound("plan", planCode);
        }
        Object[] p = plan.get(0);
        List<Object[]> targets = em.createQuery("""
                        select i.id, i.code, i.name, i.unit, i.minValue, i.maxValue, t.scopeType, t.scopeLevel, t.disaggregation,
                               t.gapDimension, t.gapA, t.gapB
                        from Target t join t.indicator i
                        where t.plan.id = :plan and t.leadDepartment.id = :department and t.kind <> :qualitative
                        order by t.domain.order, t.id""", Object[].class)
                .setParameter("plan", p[0])
                .setParameter("department", department.get(0)[0])
                .setParameter("qualitative", TargetKind.QUALITATIVE)
                .getResultList();
        if (targets.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "department '" + departmentCode + "' leads no numeric target of plan '" + planCode
                            + "': there is nothing for it to report");
        }
        Map<Level, List<Object[]>> below = subunits((Long) p[2], targets);

        record Key(long indicator, String jurisdiction, String disaggregation) {}
        Map<Key, DepartmentTemplate.Row> rows = new LinkedHashMap<>();
        Set<String> dimensions = new TreeSet<>();
        Set<Long> indicatorIds = new LinkedHashSet<>();
        for (Object[] t : targets) {
            long indicator = (Long) t[0];
            indicatorIds.add(indicator);
            Unit unit = (Unit) t[3];
            BigDecimal min = t[4] != null ? (BigDecimal) t[4] : unit.naturalMin();
            BigDecimal max = t[5] != null ? (BigDecimal) t[5] : unit.naturalMax();
            List<String> keys = new ArrayList<>();
            if (t[9] == null) {
                keys.add((String) t[8]);
            } else {
                for (String group : List.of((String) t[10], (String) t[11])) {
                    Map<String, String> values = new LinkedHashMap<>(Disaggregation.parse((String) t[8]));
                    values.put((String) t[9], group);
                    keys.add(Disaggregation.key(values));
                }
            }
            List<String[]> places = new ArrayList<>();
            places.add(new String[] {(String) p[3], (String) p[4]});
            if (t[6] == ScopeType.EACH) {
                below.getOrDefault((Level) t[7], List.of())
                        .forEach(u -> places.add(new String[] {(String) u[1], (String) u[2]}));
            }
            for (String[] place : places) {
                for (String key : keys) {
                    Map<String, String> disaggregation = Disaggregation.parse(key);
                    dimensions.addAll(disaggregation.keySet());
                    rows.putIfAbsent(
                            new Key(indicator, place[0], key),
                            new DepartmentTemplate.Row(
                                    (String) t[1],
                                    (String) t[2],
                                    unit.name(),
                                    place[0],
                                    place[1],
                                    disaggregation,
                                    null,
                                    min,
                                    max));
                }
            }
        }
        Map<Key, BigDecimal> lastYear = new LinkedHashMap<>();
        em.createQuery("""
                        select o.indicator.id, o.jurisdiction.code, o.disaggregation, o.value from Observation o
                        where o.period = :year and o.indicator.id in :indicators""", Object[].class)
                .setParameter("year", year - 1)
                .setParameter("indicators", indicatorIds)
                .getResultStream()
                .forEach(o -> lastYear.put(new Key((Long) o[0], (String) o[1], (String) o[2]), (BigDecimal) o[3]));
        List<DepartmentTemplate.Row> filled = rows.entrySet().stream()
                .map(e -> {
                    DepartmentTemplate.Row r = e.getValue();
                    return new DepartmentTemplate.Row(
                            r.indicator(),
                            r.indicatorName(),
                            r.unit(),
                            r.jurisdiction(),
                            r.jurisdictionName(),
                            r.disaggregation(),
                            lastYear.get(e.getKey()),
                            r.min(),
                            r.max());
                })
                .toList();
        return new DepartmentTemplate(
                departmentCode,
                (String) department.get(0)[1],
                planCode,
                (String) p[1],
                year,
                List.copyOf(dimensions),
                filled);
    }

    /** The plan jurisdiction's descendants at the levels its EACH targets name, by level, in code order. */
    private Map<Level, List<Object[]>> subunits(long jurisdiction, List<Object[]> targets) {
        List<String> levels = targets.stream()
                .filter(t -> t[6] == ScopeType.EACH && t[7] != null)
                .map(t -> ((Level) t[7]).name())
                .distinct()
                .toList();
        Map<Level, List<Object[]>> byLevel = new LinkedHashMap<>();
        if (levels.isEmpty()) {
            return byLevel;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        WITH RECURSIVE below (id, code, name, level) AS (
                            SELECT id, code, name, level FROM jurisdiction WHERE parent_id = :j
                            UNION ALL
                            SELECT c.id, c.code, c.name, c.level FROM jurisdiction c JOIN below b ON c.parent_id = b.id
                        )
                        SELECT id, code, name, level FROM below WHERE level IN (:levels) ORDER BY code""")
                .setParameter("j", jurisdiction)
                .setParameter("levels", levels)
                .getResultList();
        for (Object[] r : found) {
            byLevel.computeIfAbsent(Level.valueOf((String) r[3]), k -> new ArrayList<>())
                    .add(r);
        }
        return byLevel;
    }
}
