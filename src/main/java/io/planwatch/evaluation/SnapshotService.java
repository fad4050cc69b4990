package io.planwatch.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.common.Cursor;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Page;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.lock.LockService;
import io.planwatch.plan.Plan;
import io.planwatch.plan.PlanService;
import io.planwatch.security.Actor;
import io.planwatch.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/** Freezes evaluations with the inputs they read, and serves them back as the bytes stored. */
@ApplicationScoped
public class SnapshotService {

    private final EvaluationService evaluation;
    private final PlanInputsReader reader;
    private final PlanService plans;
    private final EntityManager em;
    private final ObjectMapper json;

    private final Actors actors;
    private final LockService locks;

    public SnapshotService(
            EvaluationService evaluation,
            PlanInputsReader reader,
            PlanService plans,
            EntityManager em,
            ObjectMapper json,
            Actors actors,
            LockService locks) {
        this.actors = actors;
        this.locks = locks;
        this.evaluation = evaluation;
        this.reader = reader;
        this.plans = plans;
        this.em = em;
        this.json = json;
    }

    @Transactional
    public SnapshotDto create(String planCode, SnapshotDto.Request request) {
        ConsistentRead.start(em, false); // a push landing while the inputs are read is frozen whole or not at all
        PlanInputs data = reader.read(planCode, null);
        Evaluated e = evaluation.run(data, asOf(request.kind(), request.asOf(), data));
        if (request.kind() == SnapshotKind.FINAL && finalExists(e.data().plan().id(), e.asOf())) {
            // uq_snapshot_final (V60) holds the same against a concurrent request; its violation is a 409 as well
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "plan '" + planCode + "' has a FINAL snapshot of " + e.asOf()
                            + " already; the final evaluation of a year is frozen once (take an ANNUAL one to compare)");
        }
        Snapshot s = new Snapshot();
        s.plan = em.getReference(Plan.class, e.data().plan().id());
        s.kind = request.kind();
        s.asOf = e.asOf();
        try {
            s.evaluation = json.writeValueAsBytes(evaluation.toDto(e));
            s.inputs = json.writeValueAsBytes(SnapshotInputs.of(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialize the evaluation of " + planCode, ex);
        }
        s.inputsHash = sha256(s.inputs);
        s.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Actor actor = actors.current();
        s.actorSubject = actor.subject();
        s.actorDepartment = actor.department();
        s.persist();
        return new SnapshotDto(
                s.id,
                s.kind,
                s.asOf,
                s.createdAt,
                s.inputsHash,
                Actor.of(actor.subject(), actor.department()),
                s.kind.proposesLock() ? locks.proposal(s.plan, s.asOf) : null);
    }

    private boolean finalExists(long planId, int asOf) {
        return !em.createQuery(
                        "select s.id from Snapshot s where s.plan.id = ?1 and s.kind = ?2 and s.asOf = ?3", Long.class)
                .setParameter(1, planId)
                .setParameter(2, SnapshotKind.FINAL)
                .setParameter(3, asOf)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * The year a snapshot is about. Without asOf, the year its kind reports on: MIDTERM the plan's midterm year,
     * FINAL its period end, ANNUAL the latest year with data (at most the period end). Given or not, it must be one
     * of the plan's years, baseline year to period end: a frozen report outside them reports on nothing the plan asks.
     */
    static int asOf(SnapshotKind kind, Integer requested, PlanInputs data) {
        PlanInputs.PlanRef plan = data.plan();
        Integer year = requested != null
                ? requested
                : switch (kind) {
                    case MIDTERM -> plan.midtermYear(); // may be null: kept boxed, not unboxed by the int branches
                    case FINAL -> Integer.valueOf(plan.periodEnd());
                    case ANNUAL -> Integer.valueOf(Math.min(data.latestYear(), plan.periodEnd()));
                };
        if (year == null) {
            throw ProblemException.invalid(
                    "asOf",
                    FieldErrorCode.REQUIRED,
                    "plan '" + plan.code() + "' names no midtermYear: give asOf for its MIDTERM snapshot");
        }
        return Years.withinPlan("asOf", year, plan);
    }

    /** The plan's snapshots by id, without their (large) bodies. */
    public Page<SnapshotDto> list(String planCode, int limit, String cursor) {
        Plan plan = plans.get(planCode);
        List<SnapshotDto> rows = em.createQuery("""
                        select s.id, s.kind, s.asOf, s.createdAt, s.inputsHash, s.actorSubject, s.actorDepartment from Snapshot s
                        where s.plan = :plan and s.id > :after order by s.id""", Object[].class)
                .setParameter("plan", plan)
                .setParameter("after", Cursor.decodeId(cursor))
                .setMaxResults(limit + 1)
                .getResultStream()
                .map(r -> dto(
                        (Long) r[0],
                        (SnapshotKind) r[1],
                        (Integer) r[2],
                        (Instant) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
                .toList();
        return Page.of(rows, limit, d -> Long.toString(d.id()), d -> d);
    }

    /** One snapshot without its bodies: what the report of a frozen evaluation names (kind, year, when, inputs hash). */
    public SnapshotDto describe(String planCode, long id) {
        Plan plan = plans.get(planCode);
        List<SnapshotDto> found = em.createQuery("""
                        select s.id, s.kind, s.asOf, s.createdAt, s.inputsHash, s.actorSubject, s.actorDepartment from Snapshot s
                        where s.id = :id and s.plan = :plan""", Object[].class)
                .setParameter("id", id)
                .setParameter("plan", plan)
                .getResultStream()
                .map(r -> dto(
                        (Long) r[0],
                        (SnapshotKind) r[1],
                        (Integer) r[2],
                        (Instant) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
                .toList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("snapshot", planCode + "/" + id);
        }
        return found.get(0);
    }

    /** The frozen evaluation, as stored. */
    public byte[] evaluation(String planCode, long id) {
        return body(planCode, id, "evaluation");
    }

    /** The frozen inputs, as stored; their SHA-256 is the snapshot's inputsHash. */
    public byte[] inputs(String planCode, long id) {
        return body(planCode, id, "inputs");
    }

    private byte[] body(String planCode, long id, String column) {
        Plan plan = plans.get(planCode);
        List<byte[]> found = em.createQuery(
                        "select s." + column + " from Snapshot s where s.id = :id and s.plan = :plan", byte[].class)
                .setParameter("id", id)
                .setParameter("plan", plan)
                .getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("snapshot", planCode + "/" + id);
        }
        return found.get(0);
    }

    private static SnapshotDto dto(
            long id, SnapshotKind kind, int asOf, Instant createdAt, String hash, String subject, String department) {
        return new SnapshotDto(id, kind, asOf, createdAt, hash, Actor.of(subject, department));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
