package io.planwatch.plan;

import io.planwatch.common.Cursor;
import io.planwatch.common.Decimals;
import io.planwatch.common.ETags;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Page;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.department.Department;
import io.planwatch.indicator.Disaggregation;
import io.planwatch.indicator.Indicator;
import io.planwatch.vocabulary.ScopeType;
import io.planwatch.vocabulary.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class TargetService {

    private final EntityManager em;
    private final PlanService plans;

    public TargetService(EntityManager em, PlanService plans) {
        this.em = em;
        this.plans = plans;
    }

    public Target get(String planCode, long id) {
        Plan plan = plans.get(planCode);
        Target t = Target.findById(id);
        if (t == null || !t.plan.id.equals(plan.id)) {
            throw ProblemException.notFound("target", planCode + "/" + id);
        }
        return t;
    }

    public Page<TargetDto> list(
            String planCode,
            Integer domain,
            Integer goal,
            String indicator,
            TargetKind kind,
            int limit,
            String cursor) {
        Plan plan = plans.get(planCode);
        StringBuilder where = new StringBuilder("plan = :plan and id > :after");
        Map<String, Object> params = new HashMap<>(Map.of("plan", plan, "after", Cursor.decodeId(cursor)));
        if (domain != null) {
            where.append(" and domain.order = :domain");
            params.put("domain", domain);
        }
        if (goal != null) {
            where.append(" and goal.number = :goal");
            params.put("goal", goal);
        }
        if (indicator != null) {
            where.append(" and indicator.code = :indicator");
            params.put("indicator", indicator);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        List<Target> rows = Target.<Target>find(where + " order by id", params)
                .range(0, limit)
                .list();
        return Page.of(rows, limit, t -> t.id.toString(), TargetDto::of);
    }

    @Transactional
    public Target create(String planCode, TargetDto dto) {
        io.planwatch.common.ReadOnlyFields.refuse(java.util.Map.of("id", dto.id() != null));
        Target t = new Target();
        t.plan = plans.get(planCode);
        apply(t, dto);
        t.persist();
        return t;
    }

    @Transactional
    public Target update(String planCode, long id, TargetDto dto, String ifMatch) {
        // The id a GET answered may come back in the PUT; another one would rename the target.
        io.planwatch.common.ReadOnlyFields.refuse(java.util.Map.of("id", dto.id() != null && dto.id() != id));
        Target t = get(planCode, id);
        ETags.check(ifMatch, t.version);
        apply(t, dto);
        em.flush();
        return t;
    }

    /** A target that departments have assessed keeps its evidence: it cannot be deleted. */
    @Transactional
    public void delete(String planCode, long id, String ifMatch) {
        Target t = get(planCode, id);
        ETags.check(ifMatch, t.version);
        // Locked first: an assessment recorded meanwhile waits for this delete and then fails its reference, instead
        // of being removed with the target by the cascade.
        em.createNativeQuery("SELECT id FROM target WHERE id = ? FOR UPDATE")
                .setParameter(1, t.id)
                .getSingleResult();
        long assessments = em.createQuery("select count(a) from Assessment a where a.target = ?1", Long.class)
                .setParameter(1, t)
                .getSingleResult();
        if (assessments > 0) {
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "target " + id + " has " + assessments + " assessments with their evidence;"
                            + " it cannot be deleted");
        }
        t.delete();
    }

    /** Checks every rule of a target against its plan and indicator, reporting all broken rules at once. */
    private void apply(Target t, TargetDto dto) {
        Plan plan = t.plan;
        List<FieldError> errors = new ArrayList<>();
        Domain domain = Domain.find(plan, dto.domain()).orElse(null);
        if (domain == null) {
            errors.add(FieldError.of(
                    "domain",
                    FieldErrorCode.UNKNOWN_REFERENCE,
                    "plan '" + plan.code + "' has no domain " + dto.domain()));
        }
        Goal goal = null;
        if (dto.goal() != null && domain != null) {
            goal = Goal.find(domain, dto.goal()).orElse(null);
            if (goal == null) {
                errors.add(FieldError.of(
                        "goal",
                        FieldErrorCode.UNKNOWN_REFERENCE,
                        "domain " + dto.domain() + " has no goal " + dto.goal()));
            }
        }
        Indicator indicator = null;
        if (dto.indicator() != null) {
            indicator = Indicator.findByCode(dto.indicator()).orElse(null);
            if (indicator == null) {
                errors.add(FieldError.of(
                        "indicator",
                        FieldErrorCode.UNKNOWN_REFERENCE,
                        "indicator '" + dto.indicator() + "' does not exist"));
            }
        } else if (dto.kind() != TargetKind.QUALITATIVE) {
            errors.add(FieldError.of(
                    "indicator", FieldErrorCode.REQUIRED, "a " + dto.kind() + " target needs an indicator"));
        }
        TargetKind kind = dto.kind();
        int targetYear = dto.targetYear() == null ? plan.periodEnd : dto.targetYear();
        if (targetYear < plan.periodStart || targetYear > plan.periodEnd) {
            errors.add(FieldError.of(
                    "targetYear",
                    FieldErrorCode.OUT_OF_RANGE,
                    "targetYear " + targetYear + " is outside the plan period " + plan.periodStart + "–"
                            + plan.periodEnd));
        }
        checkValue(kind, dto, indicator, errors);
        checkChangePerYear(kind, dto.changePerYear(), indicator, errors);
        Indicator reference = reference(kind, dto.reference(), indicator, errors);
        boolean strict = Boolean.TRUE.equals(dto.strict());
        if (strict && kind != TargetKind.AT_MOST && kind != TargetKind.AT_LEAST) {
            errors.add(FieldError.of(
                    "strict", FieldErrorCode.INCONSISTENT, "strict applies to AT_MOST and AT_LEAST targets only"));
        }
        TargetDto.Scope scope = dto.scope() == null ? new TargetDto.Scope(ScopeType.JURISDICTION, null) : dto.scope();
        if (scope.type() == ScopeType.EACH
                && (scope.level() == null || scope.level().ordinal() <= plan.jurisdiction.level.ordinal())) {
            errors.add(FieldError.of(
                    "scope.level",
                    FieldErrorCode.INCONSISTENT,
                    "scope EACH needs a level below the plan's " + plan.jurisdiction.level + ", e.g. TOWNSHIP"));
        }
        if (scope.type() == ScopeType.JURISDICTION && scope.level() != null) {
            errors.add(FieldError.of("scope.level", FieldErrorCode.INCONSISTENT, "scope JURISDICTION takes no level"));
        }
        if (scope.type() == ScopeType.EACH && (kind == TargetKind.GAP_NARROWING || kind.isReference())) {
            errors.add(FieldError.of(
                    "scope.type",
                    FieldErrorCode.INCONSISTENT,
                    "a " + kind + " target is judged on the plan's own jurisdiction;"
                            + " scope EACH is not supported for it (state one target per sub-jurisdiction instead)"));
        }
        if (dto.milestones() != null
                && !dto.milestones().isEmpty()
                && (kind == TargetKind.ANNUAL_CHANGE || kind.isReference())) {
            errors.add(FieldError.of(
                    "milestones",
                    FieldErrorCode.INCONSISTENT,
                    "a " + kind + " target has no value to reach by a year; it takes no milestones"));
        }
        if (indicator != null && dto.disaggregation() != null) {
            String problem = Disaggregation.problem(dto.disaggregation(), indicator.dimensions, indicator.code);
            if (problem != null) {
                errors.add(FieldError.of("disaggregation", FieldErrorCode.INVALID_DIMENSION, problem));
            }
        }
        checkGap(kind, dto.gap(), indicator, errors);
        if (kind != TargetKind.ANNUAL_CHANGE && !kind.isReference()) {
            checkMilestones(dto.milestones(), plan, targetYear, indicator, errors);
        }
        Department lead = department(dto.leadDepartment(), "leadDepartment", errors);
        Set<Department> cooperating = new HashSet<>();
        if (dto.cooperatingDepartments() != null) {
            for (int i = 0; i < dto.cooperatingDepartments().size(); i++) {
                Department d =
                        department(dto.cooperatingDepartments().get(i), "cooperatingDepartments[" + i + "]", errors);
                if (d != null) {
                    cooperating.add(d);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    errors.size() + " problem(s) in the target: "
                            + errors.get(0).message() + (errors.size() > 1 ? " …" : ""),
                    errors);
        }
        t.domain = domain;
        t.goal = goal;
        t.indicator = indicator;
        t.kind = kind;
        t.value = dto.value();
        t.strict = strict;
        t.targetYear = targetYear;
        t.maintain = Boolean.TRUE.equals(dto.maintain());
        t.scopeType = scope.type();
        t.scopeLevel = scope.level();
        t.disaggregation = Disaggregation.key(dto.disaggregation());
        t.gapDimension = dto.gap() == null ? null : dto.gap().dimension();
        t.gapA = dto.gap() == null ? null : dto.gap().a();
        t.gapB = dto.gap() == null ? null : dto.gap().b();
        t.baselineYear = dto.baselineYear();
        if (kind == TargetKind.RELATIVE_CHANGE && t.baselineYear == null) {
            t.baselineYear = plan.baselineYear;
        }
        t.changePct = dto.changePct();
        t.tolerance = dto.tolerance();
        t.changePerYear = dto.changePerYear();
        t.referenceIndicator = reference;
        t.milestones.clear();
        if (dto.milestones() != null) {
            dto.milestones().forEach(m -> t.milestones.add(new Milestone(m.year(), m.value())));
        }
        t.leadDepartment = lead;
        t.cooperatingDepartments.clear();
        t.cooperatingDepartments.addAll(cooperating);
        t.sourceText = dto.sourceText();
        t.sourceLine = dto.sourceLine();
    }

    private static void checkValue(TargetKind kind, TargetDto dto, Indicator indicator, List<FieldError> errors) {
        int before = errors.size();
        Decimals.check("value", dto.value(), Decimals.VALUE_INTEGER_DIGITS, Decimals.VALUE_FRACTION_DIGITS, errors);
        Decimals.check(
                "changePct", dto.changePct(), Decimals.RATE_INTEGER_DIGITS, Decimals.RATE_FRACTION_DIGITS, errors);
        Decimals.check(
                "tolerance", dto.tolerance(), Decimals.VALUE_INTEGER_DIGITS, Decimals.VALUE_FRACTION_DIGITS, errors);
        if (errors.size() > before) {
            return;
        }
        if (kind.needsValue()) {
            if (dto.value() == null) {
                errors.add(FieldError.of("value", FieldErrorCode.REQUIRED, "a " + kind + " target needs a value"));
            } else if (indicator != null) {
                checkRange("value", dto.value(), indicator, errors);
            }
        } else if (dto.value() != null) {
            errors.add(FieldError.of(
                    "value",
                    FieldErrorCode.INCONSISTENT,
                    "a " + kind + " target takes no value"
                            + (kind == TargetKind.RELATIVE_CHANGE ? "; state the change as changePct" : "")));
        }
        if (kind == TargetKind.RELATIVE_CHANGE) {
            if (dto.changePct() == null || dto.changePct().signum() == 0) {
                errors.add(FieldError.of(
                        "changePct",
                        FieldErrorCode.REQUIRED,
                        "a RELATIVE_CHANGE target needs a non-zero changePct, e.g. -20 for 下降20%"));
            } else if (dto.changePct().compareTo(BigDecimal.valueOf(-100)) < 0) {
                errors.add(FieldError.of("changePct", FieldErrorCode.OUT_OF_RANGE, "changePct cannot fall below -100"));
            }
        } else if (dto.changePct() != null) {
            errors.add(FieldError.of(
                    "changePct", FieldErrorCode.INCONSISTENT, "changePct applies to RELATIVE_CHANGE targets only"));
        }
        if (dto.tolerance() != null) {
            if (kind != TargetKind.APPROX && kind != TargetKind.APPROX_REFERENCE) {
                errors.add(FieldError.of(
                        "tolerance",
                        FieldErrorCode.INCONSISTENT,
                        "tolerance applies to APPROX and APPROX_REFERENCE targets only"));
            } else if (dto.tolerance().signum() <= 0) {
                errors.add(FieldError.of("tolerance", FieldErrorCode.OUT_OF_RANGE, "tolerance must be positive"));
            }
        }
    }

    /** ANNUAL_CHANGE needs a signed, non-zero change a year that the indicator's range can hold; no other kind takes one. */
    private static void checkChangePerYear(
            TargetKind kind, BigDecimal changePerYear, Indicator indicator, List<FieldError> errors) {
        if (kind != TargetKind.ANNUAL_CHANGE) {
            if (changePerYear != null) {
                errors.add(FieldError.of(
                        "changePerYear",
                        FieldErrorCode.INCONSISTENT,
                        "changePerYear applies to ANNUAL_CHANGE targets only"));
            }
            return;
        }
        if (changePerYear == null || changePerYear.signum() == 0) {
            errors.add(FieldError.of(
                    "changePerYear",
                    FieldErrorCode.REQUIRED,
                    "an ANNUAL_CHANGE target needs a non-zero changePerYear, e.g. -0.5 for " + "每年降低0.5个百分点以上"));
            return;
        }
        int before = errors.size();
        Decimals.check(
                "changePerYear", changePerYear, Decimals.VALUE_INTEGER_DIGITS, Decimals.VALUE_FRACTION_DIGITS, errors);
        BigDecimal min = indicator == null ? null : indicator.effectiveMin();
        BigDecimal max = indicator == null ? null : indicator.effectiveMax();
        if (errors.size() == before
                && min != null
                && max != null
                && changePerYear.abs().compareTo(max.subtract(min)) > 0) {
            errors.add(FieldError.of(
                    "changePerYear",
                    FieldErrorCode.OUT_OF_RANGE,
                    "a change of " + changePerYear.stripTrailingZeros().toPlainString()
                            + " a year exceeds the whole range "
                            + min.stripTrailingZeros().toPlainString() + "–"
                            + max.stripTrailingZeros().toPlainString()
                            + " of " + indicator.name));
        }
    }

    /**
     * The *_REFERENCE kinds name the indicator they are compared with: another indicator in the same unit, as x − r is
     * read in it. No other kind takes a reference.
     */
    private static Indicator reference(TargetKind kind, String code, Indicator indicator, List<FieldError> errors) {
        if (!kind.isReference()) {
            if (code != null) {
                errors.add(FieldError.of(
                        "reference",
                        FieldErrorCode.INCONSISTENT,
                        "reference applies to AT_LEAST_REFERENCE and APPROX_REFERENCE targets only"));
            }
            return null;
        }
        if (code == null) {
            errors.add(FieldError.of(
                    "reference",
                    FieldErrorCode.REQUIRED,
                    "a " + kind + " target names the indicator it is compared with, e.g. "
                            + "the share of women among all party members"));
            return null;
        }
        Indicator reference = Indicator.findByCode(code).orElse(null);
        if (reference == null) {
            errors.add(FieldError.of(
                    "reference", FieldErrorCode.UNKNOWN_REFERENCE, "indicator '" + code + "' does not exist"));
        } else if (indicator != null && reference.id.equals(indicator.id)) {
            errors.add(FieldError.of(
                    "reference", FieldErrorCode.INCONSISTENT, "a target cannot be compared with its own indicator"));
        } else if (indicator != null && reference.unit != indicator.unit) {
            errors.add(FieldError.of(
                    "reference",
                    FieldErrorCode.INCONSISTENT,
                    "the reference '" + code + "' is in " + reference.unit + ", the target's indicator in "
                            + indicator.unit + "; the difference of the two must be read in one unit"));
        }
        return reference;
    }

    private static void checkGap(TargetKind kind, TargetDto.Gap gap, Indicator indicator, List<FieldError> errors) {
        if (kind != TargetKind.GAP_NARROWING) {
            if (gap != null) {
                errors.add(
                        FieldError.of("gap", FieldErrorCode.INCONSISTENT, "gap applies to GAP_NARROWING targets only"));
            }
            return;
        }
        if (gap == null) {
            errors.add(
                    FieldError.of(
                            "gap",
                            FieldErrorCode.REQUIRED,
                            "a GAP_NARROWING target names the two groups, e.g. {\"dimension\":\"AREA\",\"a\":\"RURAL\",\"b\":\"URBAN\"}"));
        } else if (indicator != null) {
            String problem =
                    Disaggregation.problem(Map.of(gap.dimension(), gap.a()), indicator.dimensions, indicator.code);
            if (problem == null) {
                problem =
                        Disaggregation.problem(Map.of(gap.dimension(), gap.b()), indicator.dimensions, indicator.code);
            }
            if (problem == null && gap.a().equals(gap.b())) {
                problem = "a and b must be different groups";
            }
            if (problem != null) {
                errors.add(FieldError.of("gap", FieldErrorCode.INVALID_DIMENSION, problem));
            }
        }
    }

    private static void checkMilestones(
            List<TargetDto.MilestoneDto> milestones,
            Plan plan,
            int targetYear,
            Indicator indicator,
            List<FieldError> errors) {
        if (milestones == null) {
            return;
        }
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            TargetDto.MilestoneDto m = milestones.get(i);
            if (m.year() < plan.periodStart || m.year() >= targetYear) {
                errors.add(FieldError.of(
                        "milestones[" + i + "].year",
                        FieldErrorCode.OUT_OF_RANGE,
                        "a milestone year lies in " + plan.periodStart + "–" + (targetYear - 1)));
            }
            if (!years.add(m.year())) {
                errors.add(FieldError.of(
                        "milestones[" + i + "].year", FieldErrorCode.DUPLICATE, "two milestones for " + m.year()));
            }
            int before = errors.size();
            Decimals.check(
                    "milestones[" + i + "].value",
                    m.value(),
                    Decimals.VALUE_INTEGER_DIGITS,
                    Decimals.VALUE_FRACTION_DIGITS,
                    errors);
            if (indicator != null && errors.size() == before) {
                checkRange("milestones[" + i + "].value", m.value(), indicator, errors);
            }
        }
    }

    private static void checkRange(String field, BigDecimal value, Indicator indicator, List<FieldError> errors) {
        BigDecimal min = indicator.effectiveMin();
        BigDecimal max = indicator.effectiveMax();
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            errors.add(FieldError.of(
                    field,
                    FieldErrorCode.OUT_OF_RANGE,
                    value.stripTrailingZeros().toPlainString() + " is outside "
                            + (min == null ? "−∞" : min.stripTrailingZeros().toPlainString()) + "–"
                            + (max == null ? "∞" : max.stripTrailingZeros().toPlainString()) + " for " + indicator.name
                            + " (" + indicator.unit + ")"));
        }
    }

    private static Department department(String code, String field, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        Department d = Department.findByCode(code).orElse(null);
        if (d == null) {
            errors.add(
                    FieldError.of(field, FieldErrorCode.UNKNOWN_REFERENCE, "department '" + code + "' does not exist"));
        }
        return d;
    }
}
