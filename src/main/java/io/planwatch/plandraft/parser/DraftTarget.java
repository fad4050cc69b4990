package io.planwatch.plandraft.parser;

import io.planwatch.plandraft.parser.ParsingRules.GapGroups;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One promise the plan text makes about one indicator.
 *
 * @param domainOrder   order of the domain it was found in
 * @param goalNumber    the 主要目标 item it belongs to; null when found in 策略措施
 * @param indicatorName the indicator as the text names it (婴儿死亡率); empty when the text names none
 * @param value         the number to compare with; for RELATIVE_CHANGE the signed change in percent (−20);
 *                      null for trends, gaps and qualitative targets
 * @param upperValue    upper end when the text gives a range (1—2个); value holds the lower end
 * @param strict        true for 低于/超过/不满: the bound itself does not meet the target
 * @param maintain      true for 保持/稳定在/持续保持/每年: must hold every year, not only at the end
 * @param targetYear    2030 unless the clause says 到2025年
 * @param baselineYear  for RELATIVE_CHANGE (以2020年为基数), else null
 * @param changePct     for RELATIVE_CHANGE, signed percent, else null
 * @param tolerance     for APPROX; null lets the engine use its default (10% of value)
 * @param gap           for GAP_NARROWING: the two groups (城乡 rural against urban, 男女 women against men), else null
 * @param sourceText    the sentence the target was read from, normalised (half-width digits, no spaces)
 * @param line          1-based line number on which that sentence starts in the input text
 * @param notes         what a person should check before adopting it (a minimum written per facility, a range)
 */
public record DraftTarget(
        int domainOrder,
        Integer goalNumber,
        String indicatorName,
        TargetKind kind,
        BigDecimal value,
        BigDecimal upperValue,
        Unit unit,
        boolean strict,
        boolean maintain,
        int targetYear,
        Scope scope,
        Integer baselineYear,
        BigDecimal changePct,
        BigDecimal tolerance,
        GapGroups gap,
        String sourceText,
        int line,
        List<String> notes) {

    public DraftTarget {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    DraftTarget withName(String name) {
        return new DraftTarget(domainOrder, goalNumber, name, kind, value, upperValue, unit, strict, maintain, targetYear, scope,
                baselineYear, changePct, tolerance, gap, sourceText, line, notes);
    }

    DraftTarget withMaintain(boolean holdsYearly) {
        return new DraftTarget(domainOrder, goalNumber, indicatorName, kind, value, upperValue, unit, strict, holdsYearly, targetYear,
                scope, baselineYear, changePct, tolerance, gap, sourceText, line, notes);
    }

    DraftTarget withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new DraftTarget(domainOrder, goalNumber, indicatorName, kind, value, upperValue, unit, strict, maintain, targetYear, scope,
                baselineYear, changePct, tolerance, gap, sourceText, line, more);
    }
}
