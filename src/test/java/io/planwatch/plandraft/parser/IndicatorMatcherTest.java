package io.planwatch.plandraft.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorMatcherTest {

    private static final List<LibraryIndicator> LIBRARY = List.of(
            new LibraryIndicator("CH-HEALTH-IMR", "婴儿死亡率", Unit.PER_MILLE, Polarity.LOWER_IS_BETTER, List.of()),
            new LibraryIndicator("CH-EDU-PRESCHOOL", "学前三年毛入园率", Unit.PERCENT, Polarity.HIGHER_IS_BETTER, List.of()),
            new LibraryIndicator(
                    "CH-HEALTH-VISIT", "新生儿访视率", Unit.PERCENT, Polarity.HIGHER_IS_BETTER, List.of("新生儿产后访视率")));

    @Test
    void exactNameAfterNormalisation() {
        IndicatorMatch m = IndicatorMatcher.match("全县婴儿的死亡率", LIBRARY);
        assertEquals(IndicatorMatch.How.EXACT, m.how());
        assertEquals("CH-HEALTH-IMR", m.code());
    }

    @Test
    void builtInSynonymTableLinksDifferentWordings() {
        IndicatorMatch m = IndicatorMatcher.match("学前教育毛入园率", LIBRARY);
        assertEquals(IndicatorMatch.How.SYNONYM, m.how());
        assertEquals("CH-EDU-PRESCHOOL", m.code());
    }

    @Test
    void librarySynonymsCountToo() {
        assertEquals(
                "CH-HEALTH-VISIT", IndicatorMatcher.match("新生儿产后访视率", LIBRARY).code());
    }

    @Test
    void unknownNameProposesANewIndicatorWithStableCode() {
        IndicatorMatch m = IndicatorMatcher.match("儿童溺水死亡率", LIBRARY);
        assertTrue(m.proposed());
        assertTrue(m.code().startsWith("NEW-"));
        assertEquals(m.code(), IndicatorMatcher.match("全县儿童溺水死亡率", List.of()).code());
        assertNotEquals(m.code(), IndicatorMatcher.match("儿童伤害死亡率", List.of()).code());
        assertEquals(Unit.PER_100K, m.unit());
        assertEquals(Polarity.LOWER_IS_BETTER, m.polarity());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "5岁以下儿童死亡率, LOWER_IS_BETTER",
        "儿童低体重发生率, LOWER_IS_BETTER",
        "孕产妇贫血患病率, LOWER_IS_BETTER",
        "小学生近视率, LOWER_IS_BETTER",
        "中小学生肥胖率, LOWER_IS_BETTER",
        "12岁儿童龋患率, LOWER_IS_BETTER",
        "未成年人犯罪人数占未成年人人口数量的比重, LOWER_IS_BETTER",
        "新生儿访视率, HIGHER_IS_BETTER",
        "农村自来水普及率, HIGHER_IS_BETTER",
    })
    void polarityFromTheName(String name, Polarity polarity) {
        assertEquals(polarity, IndicatorMatcher.match(name, List.of()).polarity());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "屏幕使用比例控制在5%以下|LOWER_IS_BETTER",
                "屏幕使用比例持续下降|LOWER_IS_BETTER",
                "屏幕使用比例以2020年为基数下降20%|LOWER_IS_BETTER",
                "屏幕使用比例以2020年为基数提高20%|HIGHER_IS_BETTER",
                "死亡率监测覆盖比例达到90%以上|HIGHER_IS_BETTER",
                "死亡率监测覆盖比例持续提高|HIGHER_IS_BETTER",
                "屏幕使用比例控制在5%左右|HIGHER_IS_BETTER",
                "儿童贫血率控制在5%左右|LOWER_IS_BETTER",
            })
    void aProposalTakesItsPolarityFromTheDirectionItsTargetStates(String goal, Polarity polarity) {
        // the name guesses 死亡率… lower and 屏幕使用… higher; the target's own direction wins, and only 左右 (none) leaves it
        // to the name
        PlanDraft draft =
                new PlanTextParser().parse("（一）儿童与健康\n主要目标：\n1." + goal + "。\n").get(0);
        assertEquals(
                polarity, IndicatorMatcher.matchAll(draft, List.of()).get(0).polarity());
    }

    @Test
    void seedTargetsThatGoDownProposeLowerIsBetter() {
        // 004:67 艾滋病母婴传播率下降到2%以下, 002:124 中小学生每天非学习目的使用电子屏幕产品累计不超过1小时
        assertEquals(Polarity.LOWER_IS_BETTER, proposedPolarity("004", 0, "艾滋病母婴传播率"));
        assertEquals(Polarity.LOWER_IS_BETTER, proposedPolarity("002", 0, "中小学生每天非学习目的使用电子屏幕产品时间"));
        assertEquals(Polarity.HIGHER_IS_BETTER, proposedPolarity("002", 0, "儿童每天接触户外自然光时间"));
    }

    private static Polarity proposedPolarity(String seed, int plan, String name) {
        PlanDraft draft = new PlanTextParser().parse(Seeds.text(seed)).get(plan);
        List<IndicatorMatch> matches = IndicatorMatcher.matchAll(draft, LIBRARY);
        for (int i = 0; i < matches.size(); i++) {
            if (draft.targets().get(i).indicatorName().equals(name)) {
                assertTrue(matches.get(i).proposed());
                return matches.get(i).polarity();
            }
        }
        throw new AssertionError(name + " is not a target of seed " + seed);
    }

    @Test
    void aTargetThatNamesNoIndicatorProposesNone() {
        assertNull(IndicatorMatcher.match("", LIBRARY));
        assertNull(IndicatorMatcher.match("  ", List.of()));
        PlanDraft draft = new PlanTextParser()
                .parse("（一）儿童与健康\n主要目标：\n1.由2020年的5‰降至3‰以下。\n")
                .get(0);
        assertEquals("", draft.targets().get(0).indicatorName());
        assertNull(IndicatorMatcher.matchAll(draft, LIBRARY).get(0));
    }

    @Test
    void aCountIsTheSameIndicatorWithOrWithoutItsCountingWord() {
        List<LibraryIndicator> library = List.of(
                new LibraryIndicator("CH-CARE-INST", "托育机构数", Unit.COUNT, Polarity.HIGHER_IS_BETTER, List.of()));
        assertEquals("CH-CARE-INST", IndicatorMatcher.match("托育机构数量", library).code());
        assertEquals("CH-CARE-INST", IndicatorMatcher.match("托育机构", library).code());
    }

    @Test
    void proposedUnitFollowsHowTheTargetWasWritten() {
        assertEquals(
                Unit.PER_1000_CHILDREN,
                IndicatorMatcher.match("每千名儿童拥有儿科执业(助理)医生", Unit.PER_1000_CHILDREN, null, List.of())
                        .unit());
        assertEquals(
                Unit.PERCENT,
                IndicatorMatcher.match("普惠性幼儿园覆盖率", null, null, List.of()).unit());
        assertEquals(
                Unit.YEARS,
                IndicatorMatcher.match("女性平均受教育年限", null, null, List.of()).unit());
    }

    @Test
    void matchAllGivesOneMatchPerTargetAndOneProposalPerName() {
        PlanDraft draft = new PlanTextParser().parse(Seeds.text("000")).get(0);
        List<IndicatorMatch> matches = IndicatorMatcher.matchAll(draft, LIBRARY);
        assertEquals(draft.targets().size(), matches.size());
        assertTrue(matches.stream().anyMatch(m -> m.code().equals("CH-EDU-PRESCHOOL")));
        long gapCodes = matches.stream()
                .filter(m -> m.nameAsWritten().equals("婴儿死亡率"))
                .map(IndicatorMatch::code)
                .distinct()
                .count();
        assertEquals(1, gapCodes); // the AT_MOST target and the gap target name the same indicator
    }

    @Test
    void synonymTableRejectsANameInTwoRows() {
        assertThrows(IllegalStateException.class, () -> IndicatorSynonyms.load("甲率|乙率\n乙率|丙率"));
        assertTrue(IndicatorSynonyms.namesLike("学前三年毛入园率").contains("学前教育毛入园率"));
    }
}
