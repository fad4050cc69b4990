package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.plandraft.parser.ParsingRules.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Targets a main goal states without a number: 全覆盖, 城乡差距逐步缩小, 儿童溺水死亡率持续下降.
 * Read only in 主要目标; in 策略措施 such words describe actions, not promises.
 */
final class WordTargets {

    private WordTargets() {
    }

    static List<DraftTarget> read(String clause, String sentence, int year, Scope scope, TargetExtractor.Place place,
                                               List<DraftTarget> earlier) {
        Matcher full = FULL_COVERAGE.pattern().matcher(clause);
        if (full.find()) {
            String name = TargetNames.clean(clause.substring(0, full.start()).replaceAll("(基本)?实现$", ""));
            if (TargetNames.hasChinese(name)) {
                return List.of(new DraftTarget(place.domainOrder(), place.goalNumber(), name + "覆盖率", TargetKind.AT_LEAST,
                        new BigDecimal("100"), null, ValueUnit.PERCENT, false, false, year, scope, null, null, null, null,
                        sentence, place.line()));
            }
        }
        Matcher gap = GAP_NARROWING.pattern().matcher(clause);
        if (gap.matches()) {
            String dimension = gap.group("name").contains("城乡") ? GAP_NARROWING.meaning() : null;
            List<DraftTarget> out = new ArrayList<>();
            for (DraftTarget t : earlier) {
                if (t.kind() != TargetKind.GAP_NARROWING && out.stream().noneMatch(o -> o.indicatorName().equals(t.indicatorName()))) {
                    out.add(words(place, t.indicatorName(), TargetKind.GAP_NARROWING, year, scope, dimension, sentence));
                }
            }
            if (out.isEmpty()) {
                out.add(words(place, TargetNames.clean(gap.group("name")) + "差距", TargetKind.GAP_NARROWING, year, scope, dimension, sentence));
            }
            return out;
        }
        for (Rule<TargetKind> rule : TRENDS) {
            Matcher m = rule.pattern().matcher(clause);
            if (m.matches()) {
                String name = TargetNames.clean(m.group("name"));
                if (INDICATOR_HEADS.matcher(name).find() && !name.contains("水平")) {
                    return List.of(words(place, name, rule.meaning(), year, scope, null, sentence));
                }
            }
        }
        return List.of();
    }

    private static DraftTarget words(TargetExtractor.Place place, String name, TargetKind kind, int year, Scope scope, String gapDimension,
                                     String sentence) {
        return new DraftTarget(place.domainOrder(), place.goalNumber(), name, kind, null, null, ValueUnit.NONE, false, false,
                year, scope, null, null, null, gapDimension, sentence, place.line());
    }
}
