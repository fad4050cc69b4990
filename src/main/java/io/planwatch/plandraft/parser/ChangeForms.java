package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.plandraft.parser.ClauseForm.Family;
import io.planwatch.plandraft.parser.ClauseForm.Reading;
import io.planwatch.plandraft.parser.TargetExtractor.Site;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Changes, read before any other number of the clause: against a base year (以2020年为基数下降20%), in points a year
 * (每年降低0.5个百分点以上), or in percent with the base implied (儿童溺水死亡率下降30%). Name surgery: the indicator is
 * the words before the match.
 */
final class ChangeForms {

    static final List<ClauseForm> FORMS = List.of(
            new ClauseForm(RELATIVE_CHANGE.name(), Family.CHANGE, 10, ChangeForms::relative),
            new ClauseForm(ANNUAL_CHANGE.name(), Family.CHANGE, 20, ChangeForms::annual),
            new ClauseForm(RELATIVE_CHANGE_PLAIN.name(), Family.CHANGE, 30, ChangeForms::relativePlain));

    private ChangeForms() {}

    /** The words before a change's match name its indicator. */
    private static String nameBefore(String clause, Matcher m) {
        return TargetNames.clean(clause.substring(0, m.start()));
    }

    /** 以2020年为基数下降20%: changePct −20 against 2020; the words after the percentage are left to the values. */
    private static Reading relative(String clause, int from, Site site, List<DraftTarget> earlier) {
        Matcher rc = RELATIVE_CHANGE.pattern().matcher(clause);
        if (!rc.find()) {
            return null;
        }
        BigDecimal pct = signed(new BigDecimal(rc.group(3)), rc.group(2));
        return new Reading(
                List.of(site.relative(
                        nameBefore(clause, rc),
                        Integer.parseInt(rc.group(1)),
                        pct,
                        List.of(RELATIVE_CHANGE.name()),
                        rc.start(),
                        rc.end())),
                rc.end());
    }

    /**
     * 每年降低0.5个百分点以上: a signed change per year (−0.5), in the indicator's own unit (percentage points of a
     * percentage); of a range (每年降低0.5到1个百分点) the smaller change counts, and the draft says so.
     */
    private static Reading annual(String clause, int from, Site site, List<DraftTarget> earlier) {
        Matcher m = ANNUAL_CHANGE.pattern().matcher(clause);
        if (!m.find()) {
            return null;
        }
        BigDecimal low = new BigDecimal(m.group("low"));
        BigDecimal high = m.group("high") == null ? null : new BigDecimal(m.group("high"));
        if (high != null && high.compareTo(low) < 0) {
            BigDecimal swap = low;
            low = high;
            high = swap;
        }
        boolean down = ANNUAL_CHANGE_DOWN.matcher(m.group("dir")).matches();
        DraftTarget t = site.annual(
                nameBefore(clause, m),
                down ? low.negate() : low,
                Unit.PERCENT,
                List.of(ANNUAL_CHANGE.name()),
                m.start(),
                m.end());
        return new Reading(
                List.of(
                        high == null
                                ? t
                                : t.withNote(
                                        String.format(ANNUAL_RANGE_NOTE, low.toPlainString(), high.toPlainString()))),
                m.end());
    }

    /**
     * 儿童溺水死亡率下降30%, 比2020年提高10%: the clause ends with the change, so nothing is left to the values. A change with
     * a base year written and no name (…达到50%,比2020年提高10%) is about the target before it in the sentence, whose name
     * {@link TargetNames#withContext} lends it.
     */
    private static Reading relativePlain(String clause, int from, Site site, List<DraftTarget> earlier) {
        Matcher plain = RELATIVE_CHANGE_PLAIN.pattern().matcher(clause);
        if (!plain.find()) {
            return null;
        }
        boolean nameless = !TargetNames.hasChinese(nameBefore(clause, plain));
        if (nameless && (plain.group("year") == null || earlier.isEmpty())) {
            return null;
        }
        BigDecimal pct = signed(new BigDecimal(plain.group("pct")), plain.group("dir"));
        Integer base = plain.group("year") == null ? null : Integer.valueOf(plain.group("year"));
        DraftTarget t = site.relative(
                nameBefore(clause, plain),
                base,
                pct,
                List.of(RELATIVE_CHANGE_PLAIN.name()),
                plain.start(),
                plain.end());
        return new Reading(List.of(base == null ? t.withNote(IMPLIED_BASE_NOTE) : t), clause.length());
    }

    private static BigDecimal signed(BigDecimal pct, String direction) {
        return RELATIVE_CHANGE_DOWN.matcher(direction).matches() ? pct.negate() : pct;
    }
}
