package io.planwatch.evaluation;

import io.planwatch.vocabulary.Level;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.ScopeType;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;

/**
 * A target with its indicator and lead department, read as one projection row so that a plan's targets cost one
 * query (no entities, no lazy loading). Indicator fields are null for a qualitative target without an indicator; the
 * reference fields are those of the indicator a *_REFERENCE target is compared with, null for the other kinds.
 */
public record TargetRow(
        Long id,
        Integer domain,
        Integer goal,
        TargetKind kind,
        BigDecimal value,
        Boolean strict,
        Integer targetYear,
        Boolean maintain,
        ScopeType scopeType,
        Level scopeLevel,
        String disaggregation,
        String gapDimension,
        String gapA,
        String gapB,
        Integer baselineYear,
        BigDecimal changePct,
        BigDecimal tolerance,
        Long indicatorId,
        String indicatorCode,
        String indicatorName,
        Unit unit,
        Polarity polarity,
        BigDecimal minValue,
        BigDecimal maxValue,
        BigDecimal volatilityThreshold,
        String leadDepartment,
        String leadDepartmentName,
        String sourceText,
        BigDecimal changePerYear,
        Long referenceId,
        String referenceCode,
        String referenceName,
        Unit referenceUnit,
        Polarity referencePolarity,
        Long planId) {

    static final String SELECT = """
            select new io.planwatch.evaluation.TargetRow(t.id, d.order, g.number, t.kind, t.value, t.strict,
                t.targetYear, t.maintain, t.scopeType, t.scopeLevel, t.disaggregation,
                t.gapDimension, t.gapA, t.gapB, t.baselineYear, t.changePct,
                t.tolerance, i.id, i.code, i.name, i.unit,
                i.polarity, i.minValue, i.maxValue, i.volatilityThreshold,
                ld.code, ld.name, t.sourceText, t.changePerYear,
                ri.id, ri.code, ri.name, ri.unit, ri.polarity, t.plan.id)
            from Target t join t.domain d left join t.goal g left join t.indicator i left join t.leadDepartment ld
                left join t.referenceIndicator ri
            """;

    boolean isEach() {
        return scopeType == ScopeType.EACH;
    }
}
