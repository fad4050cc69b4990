package io.planwatch.plandraft.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorMatcherTest {

    private static final List<LibraryIndicator> LIBRARY = List.of(
            new LibraryIndicator("CH-HEALTH-IMR", "婴儿死亡率", ValueUnit.PER_MILLE, Polarity.LOWER_IS_BETTER, List.of()),
            new LibraryIndicator("CH-EDU-PRESCHOOL", "学前三年毛入园率", ValueUnit.PERCENT, Polarity.HIGHER_IS_BETTER, List.of()),
            new LibraryIndicator("CH-HEALTH-VISIT", "新生儿访视率", ValueUnit.PERCENT, Polarity.HIGHER_IS_BETTER,
                    List.of("新生儿产后访视率")));

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
        assertEquals("CH-HEALTH-VISIT", IndicatorMatcher.match("新生儿产后访视率", LIBRARY).code());
    }

    @Test
    void unknownNameProposesANewIndicatorWithStableCode() {
        IndicatorMatch m = IndicatorMatcher.match("儿童溺水死亡率", LIBRARY);
        assertTrue(m.proposed());
        assertTrue(m.code().startsWith("NEW-"));
        assertEquals(m.code(), IndicatorMatcher.match("全县儿童溺水死亡率", List.of()).code());
        assertNotEquals(m.code(), IndicatorMatcher.match("儿童伤害死亡率", List.of()).code());
        assertEquals(ValueUnit.PER_100K, m.unit());
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

    @Test
    void proposedUnitFollowsHowTheTargetWasWritten() {
        assertEquals(ValueUnit.PER_1000_CHILDREN,
                IndicatorMatcher.match("每千名儿童拥有儿科执业(助理)医生", ValueUnit.PER_1000_CHILDREN, List.of()).unit());
        assertEquals(ValueUnit.PERCENT, IndicatorMatcher.match("普惠性幼儿园覆盖率", null, List.of()).unit());
    }

    @Test
    void matchAllGivesOneMatchPerTargetAndOneProposalPerName() {
        PlanDraft draft = new PlanTextParser().parse(Seeds.text("000")).get(0);
        List<IndicatorMatch> matches = IndicatorMatcher.matchAll(draft, LIBRARY);
        assertEquals(draft.targets().size(), matches.size());
        assertTrue(matches.stream().anyMatch(m -> m.code().equals("CH-EDU-PRESCHOOL")));
        long gapCodes = matches.stream().filter(m -> m.nameAsWritten().equals("婴儿死亡率")).map(IndicatorMatch::code).distinct().count();
        assertEquals(1, gapCodes); // the AT_MOST target and the gap target name the same indicator
    }

    @Test
    void synonymTableRejectsANameInTwoRows() {
        assertThrows(IllegalStateException.class, () -> IndicatorSynonyms.load("甲率|乙率\n乙率|丙率"));
        assertTrue(IndicatorSynonyms.namesLike("学前三年毛入园率").contains("学前教育毛入园率"));
    }
}
