package io.planwatch.assessment;

import io.planwatch.common.Cursor;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Page;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.common.ReadOnlyFields;
import io.planwatch.department.Department;
import io.planwatch.plan.Plan;
import io.planwatch.plan.Target;
import io.planwatch.plan.TargetService;
import io.planwatch.security.Actor;
import io.planwatch.security.Actors;
import io.planwatch.vocabulary.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AssessmentService {

    private final TargetService targets;
    private final Actors actors;

    public AssessmentService(TargetService targets, Actors actors) {
        this.targets = targets;
        this.actors = actors;
    }

    /** Records a judgement of a qualitative target for a year of the plan (baseline year to period end, not in the future). */
    @Transactional
    public AssessmentDto create(String planCode, long targetId, AssessmentDto dto) {
        ReadOnlyFields.refuse(Map.of(
                "id", dto.id() != null, "createdAt", dto.createdAt() != null, "recordedBy", dto.recordedBy() != null));
        Target target = targets.get(planCode, targetId);
        if (target.kind != TargetKind.QUALITATIVE) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "target " + targetId + " is " + target.kind
                            + "; assessments judge QUALITATIVE targets, numeric ones are judged by their observations");
        }
        Plan plan = target.plan;
        List<FieldError> errors = new ArrayList<>();
        int lastYear = Math.min(plan.periodEnd, Year.now().getValue());
        if (dto.year() < plan.baselineYear || dto.year() > lastYear) {
            errors.add(FieldError.of(
                    "year",
                    FieldErrorCode.OUT_OF_RANGE,
                    "year " + dto.year() + " is outside " + plan.baselineYear + "–" + lastYear
                            + " (the plan's baseline year to its period end, not in the future)"));
        }
        Department department = target.leadDepartment;
        if (dto.department() != null) {
            department = Department.findByCode(dto.department()).orElse(null);
            if (department == null) {
                errors.add(FieldError.of(
                        "department",
                        FieldErrorCode.UNKNOWN_REFERENCE,
                        "department '" + dto.department() + "' does not exist"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors.get(0).message(), errors);
        }
        if (Assessment.count("target = ?1 and year = ?2", target, dto.year()) > 0) {
            throw new ProblemException(
                    ProblemType.ALREADY_EXISTS, "target " + targetId + " already has an assessment for " + dto.year());
        }
        Assessment a = new Assessment();
        a.target = target;
        a.year = dto.year();
        a.level = dto.level();
        a.evidence = dto.evidence();
        a.department = department;
        a.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Actor actor = actors.current();
        a.actorSubject = actor.subject();
        a.actorDepartment = actor.department();
        a.persist();
        return AssessmentDto.of(a);
    }

    /** The target's assessments by year, keyset-paged on the year. */
    public Page<AssessmentDto> list(String planCode, long targetId, int limit, String cursor) {
        Target target = targets.get(planCode, targetId);
        long after = Cursor.decodeId(cursor);
        List<Assessment> rows = Assessment.<Assessment>find(
                        "target = ?1 and year > ?2 order by year", target, (int) after)
                .range(0, limit)
                .list();
        return Page.of(rows, limit, a -> Integer.toString(a.year), AssessmentDto::of);
    }
}
