package io.planwatch.plandraft.parser;

import java.math.BigDecimal;

/**
 * One promise the plan text makes about one indicator.
 *
 * @param domainOrder   order of the domain it was found in
 * @param goalNumber    the 主要目标 item it belongs to; null when found in 策略措施
 * @param indicatorName the indicator as the text names it (婴儿死亡率)
 * @param value         the number to compare with; for RELATIVE_CHANGE the signed change in percent (−20);
 *                      null for trends, gaps and qualitative targets
 * @param upperValue    upper end when the text gives a range (1—2个); value holds the lower end
 * @param strict        true for 低于/超过/不满: the bound itself does not meet the target
 * @param maintain      true for 保持/稳定在/持续保持: must hold every year, not only at the end
 * @param targetYear    2030 unless the clause says 到2025年
 * @param baselineYear  for RELATIVE_CHANGE (以2020年为基数), else null
 * @param changePct     for RELATIVE_CHANGE, signed percent, else null
 * @param tolerance     for APPROX; null lets the engine use its default (10% of value)
 * @param gapDimension  for GAP_NARROWING: AREA for 城乡差距, else null
 * @param sourceText    the sentence the target was read from, normalised (half-width digits, no spaces)
 * @param line          1-based line number of that sentence in the input text
 */
public record DraftTarget(
        int domainOrder,
        Integer goalNumber,
        String indicatorName,
        TargetKind kind,
        BigDecimal value,
        BigDecimal upperValue,
        ValueUnit unit,
        boolean strict,
        boolean maintain,
        int targetYear,
        Scope scope,
        Integer baselineYear,
        BigDecimal changePct,
        BigDecimal tolerance,
        String gapDimension,
        String sourceText,
        int line) {
}
