package io.planwatch.observation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.common.Cursor;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Page;
import io.planwatch.common.ProblemException;
import io.planwatch.indicator.Disaggregation;
import io.planwatch.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ObservationService {

    private final ObjectMapper json;
    private final Actors actors;

    public ObservationService(ObjectMapper json, Actors actors) {
        this.json = json;
        this.actors = actors;
    }

    public Page<ObservationDto> list(
            String indicator,
            String jurisdiction,
            Integer from,
            Integer to,
            String disaggregation,
            ObservationStatus status,
            int limit,
            String cursor) {
        StringBuilder where = new StringBuilder("o.id > :after");
        Map<String, Object> params = new HashMap<>();
        params.put("after", Cursor.decodeId(cursor));
        if (indicator != null) {
            where.append(" and o.indicator.code = :indicator");
            params.put("indicator", indicator);
        }
        if (jurisdiction != null) {
            where.append(" and o.jurisdiction.code = :jurisdiction");
            params.put("jurisdiction", jurisdiction);
        }
        var reach = actors.caller().map(c -> c.reachedIds());
        if (reach.isPresent()) {
            where.append(" and o.jurisdiction.id in :reach");
            params.put("reach", reach.get().isEmpty() ? java.util.Set.of(-1L) : reach.get());
        }
        if (from != null) {
            where.append(" and o.period >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and o.period <= :to");
            params.put("to", to);
        }
        if (disaggregation != null) {
            where.append(" and o.disaggregation = :disaggregation");
            params.put("disaggregation", disaggregationKey(disaggregation));
        }
        if (status != null) {
            where.append(" and o.status = :status");
            params.put("status", status);
        }
        List<Observation> rows = Observation.<Observation>find(
                        "select o from Observation o join fetch o.indicator join fetch o.jurisdiction"
                                + " left join fetch o.department where " + where + " order by o.id",
                        params)
                .range(0, limit)
                .list();
        return Page.of(rows, limit, o -> o.id.toString(), ObservationDto::of);
    }

    /** "total" → the totals only; "SEX=F,AREA=RURAL" → exactly that disaggregation. */
    static String disaggregationKey(String param) {
        if (param.equalsIgnoreCase("total")) {
            return Disaggregation.TOTAL;
        }
        Map<String, String> values = new java.util.TreeMap<>();
        for (String pair : param.split("[,;]")) {
            String[] kv = pair.split("[=:]", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw ProblemException.invalid(
                        "disaggregation",
                        FieldErrorCode.INVALID_FORMAT,
                        "disaggregation is 'total' or DIMENSION=CODE pairs separated by commas, e.g. SEX=F,AREA=RURAL; got '"
                                + param + "'");
            }
            values.put(kv[0].trim(), kv[1].trim());
        }
        return Disaggregation.key(values);
    }

    /** The caller's own pushes (an administrator's: everyone's), newest first. */
    public Page<PushRecordDto> pushes(String source, int limit, String cursor) {
        long before = Cursor.decodeId(cursor);
        String where = (before > 0 ? "id < :before" : "id > 0") + (source != null ? " and source = :source" : "");
        Map<String, Object> params = new HashMap<>();
        var caller = actors.caller().filter(c -> !c.reachesEverything());
        if (caller.isPresent()) {
            where += " and actorSubject = :subject";
            params.put("subject", caller.get().subject());
        }
        if (before > 0) {
            params.put("before", before);
        }
        if (source != null) {
            params.put("source", source);
        }
        List<Push> rows = Push.<Push>find(where + " order by id desc", params)
                .range(0, limit)
                .list();
        return Page.of(rows, limit, p -> p.id.toString(), p -> PushRecordDto.of(p, null));
    }

    public PushRecordDto pushRecord(long id) {
        Push p =
                Push.<Push>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("push", Long.toString(id)));
        try {
            ImportSummary summary = p.summary == null ? null : json.readValue(p.summary, ImportSummary.class);
            return PushRecordDto.of(p, summary == null ? List.of() : summary.errors());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("push " + id + " has an unreadable summary", e);
        }
    }

    public List<RevisionDto> revisions(long observationId) {
        if (Observation.findById(observationId) == null) {
            throw ProblemException.notFound("observation", Long.toString(observationId));
        }
        // A revision names its push, which records who pushed it.
        return ObservationRevision.getEntityManager()
                .createQuery("""
                        select r, p from ObservationRevision r left join fetch r.department left join Push p on p.id = r.pushId
                        where r.observationId = :id order by r.id""", Object[].class)
                .setParameter("id", observationId)
                .getResultStream()
                .map(row -> RevisionDto.of((ObservationRevision) row[0], (Push) row[1]))
                .toList();
    }
}
