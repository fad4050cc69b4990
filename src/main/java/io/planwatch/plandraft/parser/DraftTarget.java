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
 * @param changePerYear for ANNUAL_CHANGE, the signed change each year must reach (−0.5: a fall of at least 0.5 percentage
 *                      points a year), else null; {@code value} holds it too
 * @param reference     for AT_LEAST_REFERENCE and APPROX_REFERENCE, the indicator compared with (女职工比例), else null
 * @param rules         names of the {@link ParsingRules} rules that decided the target, in the order they applied
 * @param span          where in {@code sourceText} the target was read; null for a qualitative goal (the whole text)
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
        List<String> notes,
        BigDecimal changePerYear,
        String reference,
        List<String> rules,
        Span span) {

    /** Offsets in {@link #sourceText} (0-based, end exclusive) of the words the target was read from. */
    public record Span(int start, int end) {}

    public DraftTarget {
        notes = notes == null ? List.of() : List.copyOf(notes);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    private DraftTarget with(
            String name, int domain, boolean holdsYearly, List<String> moreNotes, List<String> moreRules) {
        return new DraftTarget(
                domain,
                goalNumber,
                name,
                kind,
                value,
                upperValue,
                unit,
                strict,
                holdsYearly,
                targetYear,
                scope,
                baselineYear,
                changePct,
                tolerance,
                gap,
                sourceText,
                line,
                moreNotes,
                changePerYear,
                reference,
                moreRules,
                span);
    }

    DraftTarget withName(String name) {
        return with(name, domainOrder, maintain, notes, rules);
    }

    DraftTarget withDomain(int order) {
        return with(indicatorName, order, maintain, notes, rules);
    }

    DraftTarget withMaintain(boolean holdsYearly) {
        return with(indicatorName, domainOrder, holdsYearly, notes, rules);
    }

    DraftTarget withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return with(indicatorName, domainOrder, maintain, more, rules);
    }

    /** The target with these notes instead of its own (a reading that answers the note its frame would give). */
    DraftTarget withNotes(List<String> replaced) {
        return with(indicatorName, domainOrder, maintain, replaced, rules);
    }

    /** The target with one more rule named among those that decided it (a name the text's context completed, say). */
    DraftTarget withRule(String rule) {
        if (rules.contains(rule)) {
            return this;
        }
        List<String> more = new ArrayList<>(rules);
        more.add(rule);
        return with(indicatorName, domainOrder, maintain, notes, more);
    }
}
