package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One measurable promise, as docs/design.md describes a target. {@code id} is the caller's identifier, copied into the
 * result so roll-ups can say which target a warning belongs to. Nullable: value (trend, change, reference and
 * qualitative kinds), targetYear (defaults to the plan's period end), tolerance (APPROX: defaults to 10 % of the value;
 * APPROX_REFERENCE: 10 % of the reference's value), baselineYear (the target's own base year, e.g. 以2019年为基数;
 * defaults to the plan's baseline year), changePct, gap, changePerYear (ANNUAL_CHANGE: signed, in the indicator's
 * unit, percentage points for a percentage), reference (the *_REFERENCE kinds: the code of the indicator compared with).
 */
public record Target(
        String id,
        TargetKind kind,
        BigDecimal value,
        boolean strict,
        boolean maintain,
        Integer targetYear,
        BigDecimal tolerance,
        Integer baselineYear,
        BigDecimal changePct,
        List<Milestone> milestones,
        Scope scope,
        Gap gap,
        BigDecimal changePerYear,
        String reference) {

    public Target {
        Objects.requireNonNull(kind, "kind");
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        scope = scope == null ? Scope.JURISDICTION : scope;
        if (kind.needsValue() && value == null) {
            throw new IllegalArgumentException(kind + " needs a value");
        }
        if (kind == TargetKind.RELATIVE_CHANGE && changePct == null) {
            throw new IllegalArgumentException("RELATIVE_CHANGE needs changePct");
        }
        if (kind == TargetKind.ANNUAL_CHANGE && (changePerYear == null || changePerYear.signum() == 0)) {
            throw new IllegalArgumentException("ANNUAL_CHANGE needs a non-zero changePerYear");
        }
        if (kind.isReference() && reference == null) {
            throw new IllegalArgumentException(kind + " needs a reference indicator");
        }
        if ((kind == TargetKind.GAP_NARROWING || kind.isReference()) && scope.isEach()) {
            // Each sub-jurisdiction would need its own second series; the engine is handed one total per unit.
            throw new IllegalArgumentException(kind + " with scope EACH is not supported: the target is "
                    + "judged on the plan jurisdiction's own series only");
        }
    }

    /** The shape of every kind but ANNUAL_CHANGE and the *_REFERENCE kinds. */
    public Target(
            String id,
            TargetKind kind,
            BigDecimal value,
            boolean strict,
            boolean maintain,
            Integer targetYear,
            BigDecimal tolerance,
            Integer baselineYear,
            BigDecimal changePct,
            List<Milestone> milestones,
            Scope scope,
            Gap gap) {
        this(
                id,
                kind,
                value,
                strict,
                maintain,
                targetYear,
                tolerance,
                baselineYear,
                changePct,
                milestones,
                scope,
                gap,
                null,
                null);
    }

    /** The commonest shape: a plain comparison for the plan's jurisdiction by the end of the period. */
    public static Target of(String id, TargetKind kind, BigDecimal value) {
        return new Target(id, kind, value, false, false, null, null, null, null, List.of(), Scope.JURISDICTION, null);
    }

    public int targetYearOr(PlanContext plan) {
        return targetYear != null ? targetYear : plan.periodEnd();
    }

    /** The one base year of the whole result: baseline, trend window, threshold, progress and Open SDG. */
    public int baseYearOr(PlanContext plan) {
        return baselineYear != null ? baselineYear : plan.baselineYear();
    }
}
