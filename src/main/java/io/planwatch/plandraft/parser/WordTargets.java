package io.planwatch.plandraft.parser;

import io.planwatch.plandraft.parser.ParsingRules.GapGroups;
import io.planwatch.plandraft.parser.ParsingRules.Rule;
import io.planwatch.plandraft.parser.TargetExtractor.Site;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static io.planwatch.plandraft.parser.ParsingRules.*;

/**
 * Targets a clause states without a number: 全覆盖 (in main goals and measures alike), and, in 主要目标 only,
 * 县级建有儿童活动中心, 城乡差距逐步缩小 and 儿童溺水死亡率持续下降; in 策略措施 such words describe actions.
 */
final class WordTargets {

    private WordTargets() {
    }

    static List<DraftTarget> read(String clause, Site site, List<DraftTarget> earlier) {
        for (Rule<TargetKind> rule : List.of(AT_LEAST_REFERENCE, APPROX_REFERENCE)) {
            Matcher ref = rule.pattern().matcher(clause);
            if (ref.find()) {
                return List.of(site.reference(TargetNames.clean(ref.group("name")), rule.meaning(), TargetNames.clean(ref.group("ref")),
                        List.of(rule.name()), ref.start(), ref.end()));
            }
        }
        Matcher full = FULL_COVERAGE.pattern().matcher(clause);
        if (full.find()) {
            String before = clause.substring(0, full.start());
            String name = TargetNames.clean(FULL_COVERAGE_VERBS.matcher(before).replaceAll(""));
            if (TargetNames.hasChinese(name) && !NO_FULL_COVERAGE.matcher(before).find()) {
                return List.of(site.bound(name + COVERAGE_SUFFIX, FULL_COVERAGE.meaning(), new BigDecimal("100"), null, Unit.PERCENT,
                        false, List.of(FULL_COVERAGE.name()), 0, full.end()));
            }
        }
        Matcher spread = FULL_SPREAD.pattern().matcher(clause);
        if (spread.matches() && !NO_FULL_SPREAD.matcher(clause).find()) {
            String what = TargetNames.clean(spread.group("after") != null ? spread.group("after") : spread.group("before"));
            if (TargetNames.hasChinese(what)) {
                String name = RATE_NAME.matcher(what).find() ? what : what + SPREAD_SUFFIX;
                return List.of(site.bound(name, FULL_SPREAD.meaning(), new BigDecimal("100"), null, Unit.PERCENT, false,
                        List.of(FULL_SPREAD.name()), 0, clause.length()));
            }
        }
        if (!site.place().inGoals()) {
            return List.of();
        }
        Matcher one = ESTABLISHED_ONE.pattern().matcher(clause);
        if (one.matches()) {
            return List.of(site.bound(one.group("name"), ESTABLISHED_ONE.meaning(), BigDecimal.ONE, null, Unit.COUNT, false,
                    List.of(ESTABLISHED_ONE.name()), 0, clause.length()));
        }
        for (Rule<GapGroups> gapForm : GAP_NARROWING) {
            Matcher gap = gapForm.pattern().matcher(clause);
            if (gap.matches()) {
                return gaps(gap.group("name"), site, earlier, gapForm.name(), clause.length());
            }
        }
        for (Rule<TargetKind> rule : TRENDS) {
            Matcher m = rule.pattern().matcher(clause);
            if (!m.matches()) {
                continue;
            }
            String name = TargetNames.clean(m.group("name"));
            if (NOT_AN_INDICATOR.matcher(name).find()) {
                continue;
            }
            if (COUNTABLE_HEADS.matcher(name).find()) {
                name = name + COUNT_NAME_SUFFIX; // 增加…校外活动场所: their number grows
            }
            if (INDICATOR_HEADS.matcher(name).find()) {
                return TargetNames.split(name, 1, false).stream()
                        .map(n -> site.words(n, rule.meaning(), null, List.of(rule.name()), 0, clause.length())).toList();
            }
        }
        return List.of();
    }

    /**
     * A narrowing gap between the groups its words name, for each indicator the sentence named before it, or else
     * for the one the gap itself names (男女两性科学素质水平差距 → 科学素质水平, women against men). A gap whose
     * groups no dimension measures (区域差距) is no target.
     */
    private static List<DraftTarget> gaps(String written, Site site, List<DraftTarget> earlier, String gapRule, int clauseLength) {
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
            if (t.kind() != TargetKind.GAP_NARROWING && out.stream().noneMatch(o -> o.indicatorName().equals(t.indicatorName()))) {
                out.add(site.words(t.indicatorName(), TargetKind.GAP_NARROWING, groups, List.of(gapRule, dimension), 0, clauseLength));
            }
        }
        String own = TargetNames.clean(GAP_OTHER_GROUPS.matcher(subject).replaceAll(""));
        if (out.isEmpty() && TargetNames.hasChinese(own)) {
            out.add(site.words(own, TargetKind.GAP_NARROWING, groups, List.of(gapRule, dimension), 0, clauseLength));
        }
        return out;
    }
}
