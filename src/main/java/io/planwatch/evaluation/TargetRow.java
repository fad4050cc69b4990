package io.planwatch.evaluation;

import io.planwatch.vocabulary.Level;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.ScopeType;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;

import java.math.BigDecimal;

/**
 * A target with its indicator and lead department, read as one projection row so that a plan's targets cost one
 * query (no entities, no lazy loading). Indicator fields are null for a qualitative target without an indicator.
 */
public record TargetRow(Long id, Integer domain, Integer goal, TargetKind kind, BigDecimal value, Boolean strict,
                        Integer targetYear, Boolean maintain, ScopeType scopeType, Level scopeLevel, String disaggregation,
                        String gapDimension, String gapA, String gapB, Integer baselineYear, BigDecimal changePct,
                        BigDecimal tolerance, Long indicatorId, String indicatorCode, String indicatorName, Unit unit,
                        Polarity polarity, BigDecimal minValue, BigDecimal maxValue, BigDecimal volatilityThreshold,
                        String leadDepartment, String leadDepartmentName, String sourceText) {

    static final String SELECT = """
            select new io.planwatch.evaluation.TargetRow(t.id, d.order, g.number, t.kind, t.value, t.strict,
                t.targetYear, t.maintain, t.scopeType, t.scopeLevel, t.disaggregation,
                t.gapDimension, t.gapA, t.gapB, t.baselineYear, t.changePct,
                t.tolerance, i.id, i.code, i.name, i.unit,
                i.polarity, i.minValue, i.maxValue, i.volatilityThreshold,
                ld.code, ld.name, t.sourceText)
            from Target t join t.domain d left join t.goal g left join t.indicator i left join t.leadDepartment ld
            """;

    boolean isEach() {
        return scopeType == ScopeType.EACH;
    }
}
