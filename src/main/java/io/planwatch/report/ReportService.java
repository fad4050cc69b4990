package io.planwatch.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.common.ProblemException;
import io.planwatch.evaluation.EvaluationService;
import io.planwatch.evaluation.PlanEvaluationDto;
import io.planwatch.evaluation.SnapshotDto;
import io.planwatch.evaluation.SnapshotService;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what a monitoring report shows. The statuses, values and warnings are the evaluation service's own, live
 * or as frozen with a snapshot; nothing here judges a target. A snapshot's report reads its frozen evaluation and
 * the indicator facts of its frozen inputs, so it does not change when data arrive later; only labels (the plan's
 * title, department names, source clauses) are read as they are now.
 */
@ApplicationScoped
public class ReportService {

    private final EvaluationService evaluation;
    private final SnapshotService snapshots;
    private final EntityManager em;
    private final ObjectMapper frozen;

    public ReportService(EvaluationService evaluation, SnapshotService snapshots, EntityManager em, ObjectMapper json) {
        this.evaluation = evaluation;
        this.snapshots = snapshots;
        this.em = em;
        // A snapshot frozen by an earlier release may carry fields this one no longer has.
        this.frozen = json.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public Report live(String planCode, Integer asOf) {
        PlanEvaluationDto e = evaluation.evaluate(planCode, asOf);
        Map<Long, ReportSource.TargetFacts> facts = new HashMap<>();
        for (Object[] r : targetRows(planCode)) {
            facts.put(
                    (Long) r[0],
                    new ReportSource.TargetFacts(
                            name(r[1]),
                            name(r[2]),
                            (BigDecimal) r[3],
                            (BigDecimal) r[4],
                            (String) r[7],
                            (String) r[5],
                            (String) r[6]));
        }
        return ReportBuilder.build(new ReportSource(e, labels(planCode), facts, null, LocalDate.now(ZoneOffset.UTC)));
    }

    public Report snapshot(String planCode, long id) {
        SnapshotDto s = snapshots.describe(planCode, id);
        PlanEvaluationDto e = read(snapshots.evaluation(planCode, id), PlanEvaluationDto.class);
        Map<Long, String[]> labels = new HashMap<>();
        for (Object[] r : targetRows(planCode)) {
            labels.put((Long) r[0], new String[] {(String) r[5], (String) r[6]});
        }
        Map<Long, ReportSource.TargetFacts> facts = new HashMap<>();
        for (JsonNode t : read(snapshots.inputs(planCode, id), JsonNode.class).path("targets")) {
            long target = t.path("id").asLong();
            JsonNode i = t.path("indicator");
            String[] l = labels.getOrDefault(target, new String[2]);
            facts.put(
                    target,
                    new ReportSource.TargetFacts(
                            text(i, "unit"),
                            text(i, "polarity"),
                            decimal(i, "minValue"),
                            decimal(i, "maxValue"),
                            text(t.path("gap"), "dimension"),
                            l[0],
                            l[1]));
        }
        return ReportBuilder.build(new ReportSource(
                e,
                labels(planCode),
                facts,
                s,
                s.createdAt().atZone(ZoneOffset.UTC).toLocalDate()));
    }

    private ReportSource.PlanLabels labels(String planCode) {
        List<Object[]> rows = em.createQuery("""
                        select p.code, p.title, j.name, p.issuer, p.documentNumber, p.periodStart, p.periodEnd, p.baselineYear, p.midtermYear
                        from Plan p join p.jurisdiction j where p.code = :code""", Object[].class)
                .setParameter("code", planCode)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("plan", planCode);
        }
        Object[] r = rows.get(0);
        return new ReportSource.PlanLabels(
                (String) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (Integer) r[5],
                (Integer) r[6],
                (Integer) r[7],
                (Integer) r[8]);
    }

    private List<Object[]> targetRows(String planCode) {
        return em.createQuery("""
                        select t.id, i.unit, i.polarity, i.minValue, i.maxValue, t.sourceText, ld.name, t.gapDimension
                        from Target t left join t.indicator i left join t.leadDepartment ld where t.plan.code = :code""", Object[].class)
                .setParameter("code", planCode)
                .getResultList();
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            return frozen.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored snapshot cannot be read", e);
        }
    }

    private static String name(Object value) {
        return value instanceof Unit u ? u.name() : value instanceof Polarity p ? p.name() : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).decimalValue() : null;
    }
}
