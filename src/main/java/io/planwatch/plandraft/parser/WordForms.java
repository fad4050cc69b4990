package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.plandraft.parser.ClauseForm.Family;
import io.planwatch.plandraft.parser.ClauseForm.Reader;
import io.planwatch.plandraft.parser.ClauseForm.Reading;
import io.planwatch.plandraft.parser.ParsingRules.GapGroups;
import io.planwatch.plandraft.parser.ParsingRules.Rule;
import io.planwatch.plandraft.parser.TargetExtractor.Site;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Targets a clause states without a number, read only in a clause nothing else read: 全覆盖 and 全面普及 (in main goals
 * and measures alike), a share bounded by another indicator, and, in 主要目标 only, 县级建有儿童活动中心, 城乡差距逐步缩小
 * and 儿童溺水死亡率持续下降; in 策略措施 such words describe actions. Each form cuts its own name out of the clause.
 */
final class WordForms {

    static final List<ClauseForm> FORMS;

    static {
        List<ClauseForm> forms = new ArrayList<>();
        forms.add(new ClauseForm(AT_LEAST_REFERENCE.name(), Family.WORDS, 50, reference(AT_LEAST_REFERENCE)));
        forms.add(new ClauseForm(APPROX_REFERENCE.name(), Family.WORDS, 51, reference(APPROX_REFERENCE)));
        forms.add(new ClauseForm(FULL_COVERAGE.name(), Family.WORDS, 60, WordForms::fullCoverage));
        forms.add(new ClauseForm(FULL_SPREAD.name(), Family.WORDS, 61, WordForms::fullSpread));
        forms.add(new ClauseForm(ESTABLISHED_ONE.name(), Family.WORDS, 70, inGoals(WordForms::hasOne)));
        for (int i = 0; i < GAP_NARROWING.size(); i++) {
            forms.add(new ClauseForm(
                    GAP_NARROWING.get(i).name(), Family.WORDS, 80 + i, inGoals(gap(GAP_NARROWING.get(i)))));
        }
        for (int i = 0; i < TRENDS.size(); i++) {
            forms.add(new ClauseForm(TRENDS.get(i).name(), Family.WORDS, 90 + i, inGoals(trend(TRENDS.get(i)))));
        }
        FORMS = List.copyOf(forms);
    }

    private WordForms() {}

    /** In 策略措施 words without a number describe actions: these forms read main goals only. */
    private static Reader inGoals(Reader reader) {
        return (clause, from, site, earlier) ->
                site.place().inGoals() ? reader.read(clause, from, site, earlier) : null;
    }

    /** A word form reads its whole clause. */
    private static Reading one(DraftTarget t, String clause) {
        return new Reading(List.of(t), clause.length());
    }

    /** 女党员代表比例一般不低于…女性比例: the name and the reference are the two groups of the match. */
    private static Reader reference(Rule<TargetKind> rule) {
        return (clause, from, site, earlier) -> {
            Matcher ref = rule.pattern().matcher(clause);
            return !ref.find()
                    ? null
                    : one(
                            site.reference(
                                    TargetNames.clean(ref.group("name")),
                                    rule.meaning(),
                                    TargetNames.clean(ref.group("ref")),
                                    List.of(rule.name()),
                                    ref.start(),
                                    ref.end()),
                            clause);
        };
    }

    /** 推进义务教育学校免试就近入学全覆盖: what is covered, less the verbs before it, + 覆盖率. */
    private static Reading fullCoverage(String clause, int from, Site site, List<DraftTarget> earlier) {
        Matcher full = FULL_COVERAGE.pattern().matcher(clause);
        if (!full.find()) {
            return null;
        }
        String before = clause.substring(0, full.start());
        String name = TargetNames.clean(FULL_COVERAGE_VERBS.matcher(before).replaceAll(""));
        if (!TargetNames.hasChinese(name) || NO_FULL_COVERAGE.matcher(before).find()) {
            return null;
        }
        return one(
                site.bound(
                        name + COVERAGE_SUFFIX,
                        FULL_COVERAGE.meaning(),
                        new BigDecimal("100"),
                        null,
                        Unit.PERCENT,
                        false,
                        List.of(FULL_COVERAGE.name()),
                        0,
                        full.end()),
                clause);
    }

    /** 全面普及农村卫生厕所: what is spread, + 普及率 unless it names a rate already. */
    private static Reading fullSpread(String clause, int from, Site site, List<DraftTarget> earlier) {
        Matcher spread = FULL_SPREAD.pattern().matcher(clause);
        if (!spread.matches() || NO_FULL_SPREAD.matcher(clause).find()) {
            return null;
        }
        String what = TargetNames.clean(spread.group("after") != null ? spread.group("after") : spread.group("before"));
        if (!TargetNames.hasChinese(what)) {
            return null;
        }
        String name = RATE_NAME.matcher(what).find() ? what : what + SPREAD_SUFFIX;
        return one(
                site.bound(
                        name,
                        FULL_SPREAD.meaning(),
                        new BigDecimal("100"),
                        null,
                        Unit.PERCENT,
                        false,
                        List.of(FULL_SPREAD.name()),
                        0,
                        clause.length()),
                clause);
    }

    /** 县级建有儿童活动中心: the facility named by the group of the match, at least 1. */
    private static Reading hasOne(String clause, int from, Site site, List<DraftTarget> earlier) {
        Matcher one = ESTABLISHED_ONE.pattern().matcher(clause);
        return !one.matches()
                ? null
                : one(
                        site.bound(
                                one.group("name"),
                                ESTABLISHED_ONE.meaning(),
                                BigDecimal.ONE,
                                null,
                                Unit.COUNT,
                                false,
                                List.of(ESTABLISHED_ONE.name()),
                                0,
                                clause.length()),
                        clause);
    }

    /** A gap form that matches decides the clause, even when no dimension measures its groups (then no target). */
    private static Reader gap(Rule<GapGroups> gapForm) {
        return (clause, from, site, earlier) -> {
            Matcher gap = gapForm.pattern().matcher(clause);
            return !gap.matches()
                    ? null
                    : new Reading(
                            gaps(gap.group("name"), site, earlier, gapForm.name(), clause.length()), clause.length());
        };
    }

    /** 儿童溺水死亡率持续下降: the name group, when it names an indicator (or a countable thing, then its number). */
    private static Reader trend(Rule<TargetKind> rule) {
        return (clause, from, site, earlier) -> {
            Matcher m = rule.pattern().matcher(clause);
            if (!m.matches()) {
                return null;
            }
            String name = TargetNames.clean(m.group("name"));
            if (NOT_AN_INDICATOR.matcher(name).find()) {
                return null;
            }
            if (COUNTABLE_HEADS.matcher(name).find()) {
                name = name + COUNT_NAME_SUFFIX; // 增加…校外活动场所: their number grows
            }
            if (!INDICATOR_HEADS.matcher(name).find()) {
                return null;
            }
            return new Reading(
                    TargetNames.split(name, 1, false).stream()
                            .map(n -> site.words(n, rule.meaning(), null, List.of(rule.name()), 0, clause.length()))
                            .toList(),
                    clause.length());
        };
    }

    /**
     * A narrowing gap between the groups its words name, for each indicator the sentence named before it, or else
     * for the one the gap itself names (男女两性科学素质水平差距 → 科学素质水平, women against men). A gap whose
     * groups no dimension measures (区域差距) is no target.
     */
    private static List<DraftTarget> gaps(
            String written, Site site, List<DraftTarget> earlier, String gapRule, int clauseLength) {
        GapGroups groups = null;
        String dimension = null;
        String subject = written;
        for (Rule<GapGroups> rule : GAP_DIMENSIONS) {
            Matcher d = rule.pattern().matcher(written);
            if (d.find()) {
                groups = rule.meaning();
                dimension = rule.name();
                subject = d.replaceAll("");
                break;
            }
        }
        if (groups == null) {
            return List.of();
        }
        List<DraftTarget> out = new ArrayList<>();
        for (DraftTarget t : earlier) {
            if (t.kind() != TargetKind.GAP_NARROWING
                    && out.stream().noneMatch(o -> o.indicatorName().equals(t.indicatorName()))) {
                out.add(site.words(
                        t.indicatorName(),
                        TargetKind.GAP_NARROWING,
                        groups,
                        List.of(gapRule, dimension),
                        0,
                        clauseLength));
            }
        }
        String own = TargetNames.clean(GAP_OTHER_GROUPS.matcher(subject).replaceAll(""));
        if (out.isEmpty() && TargetNames.hasChinese(own)) {
            out.add(site.words(own, TargetKind.GAP_NARROWING, groups, List.of(gapRule, dimension), 0, clauseLength));
        }
        return out;
    }
}
