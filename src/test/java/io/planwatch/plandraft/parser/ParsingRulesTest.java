package io.planwatch.plandraft.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule of {@link ParsingRules}, each on a clause as the plans write it. */
class ParsingRulesTest {

    private static List<DraftTarget> goal(String text) {
        return TargetExtractor.extract(TextNormalizer.normalize(text), new TargetExtractor.Place(1, 3, true, 7));
    }

    private static List<DraftTarget> measure(String text) {
        return TargetExtractor.extract(TextNormalizer.normalize(text), new TargetExtractor.Place(1, null, false, 7));
    }

    private static DraftTarget only(List<DraftTarget> targets) {
        assertEquals(1, targets.size(), () -> "expected one target, got " + targets);
        return targets.get(0);
    }

    private static void assertValue(String expected, DraftTarget t) {
        assertEquals(0, new BigDecimal(expected).compareTo(t.value()), () -> "value of " + t);
    }

    @Test
    void normalisesFullWidthDigitsAndPunctuationFirst() {
        DraftTarget t = only(goal("新生儿访视率保持在９０％以上。"));
        assertValue("90", t);
        assertEquals(ValueUnit.PERCENT, t.unit());
        assertEquals(TargetKind.AT_LEAST, t.kind());
    }

    @Test
    void respectivelyListPairsNamesAndValuesInOrder() {
        List<DraftTarget> ts = goal("新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、4.55‰和6.0‰以下");
        assertEquals(List.of("新生儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率"), ts.stream().map(DraftTarget::indicatorName).toList());
        assertValue("3.0", ts.get(0));
        assertValue("4.55", ts.get(1));
        assertValue("6.0", ts.get(2));
        assertTrue(ts.stream().allMatch(t -> t.kind() == TargetKind.AT_MOST && t.unit() == ValueUnit.PER_MILLE && !t.strict()));
    }

    @Test
    void respectivelyListOfTwoFullNames() {
        List<DraftTarget> ts = goal("5岁以下儿童贫血率和生长迟缓率分别控制在10%和5%以下");
        assertEquals(2, ts.size());
        assertEquals("5岁以下儿童贫血率", ts.get(0).indicatorName());
        assertValue("5", ts.get(1));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "孕产妇死亡率控制在12/10万以下|12|PER_100K",
            "重型地中海贫血患儿出生率控制在0.3/万以下|0.3|PER_10K",
            "婴儿死亡率控制在5‰以下|5|PER_MILLE",
            "每千名儿童拥有儿科执业（助理）医生达到1.12名|1.12|PER_1000_CHILDREN",
            "每千人口拥有3岁以下婴幼儿托位数不低于4.5个|4.5|PER_1000_POPULATION",
            "确保儿童每天接触户外自然光不少于1小时|1|HOURS",
            "县级设置1所政府举办、标准化的妇幼保健机构|1|COUNT",
            "全县至少培育1个未成年人保护领域的社区社会组织|1|COUNT",
    })
    void readsEachUnit(String clause, String value, ValueUnit unit) {
        DraftTarget t = only(goal(clause));
        assertValue(value, t);
        assertEquals(unit, t.unit());
    }

    @ParameterizedTest(name = "{0} → {1} strict={2}")
    @CsvSource(delimiter = '|', value = {
            "高中阶段教育毛入学率达到95%以上|AT_LEAST|false",
            "小学生近视率降至38%以下|AT_MOST|false",
            "12岁儿童龋患率控制在25%以内|AT_MOST|false",
            "孕产妇贫血患病率低于10%|AT_MOST|true",
            "普惠性幼儿园覆盖率超过89%|AT_LEAST|true",
            "儿童低体重发生率不满5%|AT_MOST|true",
            "普惠性幼儿园覆盖率不低于89%|AT_LEAST|false",
            "中小学生每天使用电子屏幕产品累计不超过1小时|AT_MOST|false",
    })
    void inclusiveAndStrictComparators(String clause, TargetKind kind, boolean strict) {
        DraftTarget t = only(goal(clause));
        assertEquals(kind, t.kind());
        assertEquals(strict, t.strict());
    }

    @Test
    void ageInANameIsNotAComparator() {
        DraftTarget t = only(goal("12岁以下儿童龋患率控制在25%以内"));
        assertEquals("12岁以下儿童龋患率", t.indicatorName());
        assertValue("25", t);
        DraftTarget u = only(goal("5岁以下儿童死亡率下降到5‰以下"));
        assertValue("5", u);
        assertEquals("5岁以下儿童死亡率", u.indicatorName());
    }

    @Test
    void agesYearsAndDurationsAreNotValues() {
        assertTrue(measure("关注儿童生命早期1000天营养，加强0—6岁儿童健康管理，2020年以来，县级规划颁布后1个月内报送").isEmpty());
        DraftTarget t = only(goal("6个月内婴儿纯母乳喂养率达到50%以上"));
        assertValue("50", t);
    }

    @Test
    void reachingAHundredPercentAndFullCoverageAreAtLeastHundred() {
        DraftTarget reached = only(goal("乡镇儿童督导员覆盖率达到100%"));
        assertEquals(TargetKind.AT_LEAST, reached.kind());
        assertValue("100", reached);
        DraftTarget full = only(goal("实现村（社区）家长学校或家庭教育指导服务站点全覆盖"));
        assertEquals(TargetKind.AT_LEAST, full.kind());
        assertValue("100", full);
        assertEquals(ValueUnit.PERCENT, full.unit());
    }

    @Test
    void aboutIsApproximateWithEngineDefaultTolerance() {
        DraftTarget t = only(goal("6岁儿童近视率控制在3.5%左右"));
        assertEquals(TargetKind.APPROX, t.kind());
        assertValue("3.5", t);
        assertNull(t.tolerance());
    }

    @Test
    void rangeKeepsBothEnds() {
        DraftTarget range = only(measure("全市培育或孵化1—2个未成年人保护领域的社会组织"));
        assertEquals(0, new BigDecimal("2").compareTo(range.upperValue()));
        DraftTarget t = only(goal("每个乡镇建有1—2个儿童活动场所"));
        assertValue("1", t);
        assertEquals(0, new BigDecimal("2").compareTo(t.upperValue()));
        assertEquals(ValueUnit.COUNT, t.unit());
    }

    @Test
    void relativeChangeAgainstBaselineYear() {
        DraftTarget t = only(goal("儿童伤害死亡率以2020年为基数下降20%"));
        assertEquals(TargetKind.RELATIVE_CHANGE, t.kind());
        assertEquals(2020, t.baselineYear());
        assertEquals(0, new BigDecimal("-20").compareTo(t.changePct()));
        assertEquals("儿童伤害死亡率", t.indicatorName());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "儿童溺水死亡率持续下降|TREND_DOWN|儿童溺水死亡率",
            "儿童新发近视率逐步下降|TREND_DOWN|儿童新发近视率",
            "城乡社区儿童之家覆盖率明显提高|TREND_UP|城乡社区儿童之家覆盖率",
            "托育机构和托位数量逐步提高|TREND_UP|托育机构和托位数量",
            "降低龋患率|TREND_DOWN|龋患率",
            "稳步提高农村卫生厕所普及率|TREND_UP|农村卫生厕所普及率",
    })
    void trendsWithoutNumbers(String clause, TargetKind kind, String name) {
        DraftTarget t = only(goal(clause));
        assertEquals(kind, t.kind());
        assertEquals(name, t.indicatorName());
        assertNull(t.value());
    }

    @Test
    void trendOnSomethingThatIsNoIndicatorStaysQualitative() {
        assertTrue(goal("儿童健康水平不断提高").isEmpty());
    }

    @Test
    void trendsAreReadOnlyInMainGoals() {
        assertTrue(measure("儿童溺水死亡率持续下降").isEmpty());
    }

    @Test
    void gapNarrowingAppliesToTheIndicatorsBeforeIt() {
        List<DraftTarget> ts = goal("新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、5.0‰和6.0‰以下，城乡差距逐步缩小。");
        List<DraftTarget> gaps = ts.stream().filter(t -> t.kind() == TargetKind.GAP_NARROWING).toList();
        assertEquals(3, gaps.size());
        assertEquals("婴儿死亡率", gaps.get(1).indicatorName());
        assertEquals("AREA", gaps.get(0).gapDimension());
    }

    @Test
    void targetYearIs2025OnlyWhenTheSentenceSaysSo() {
        List<DraftTarget> ts = goal("到2025年，普惠性幼儿园覆盖率达到85%以上；到2030年，达到90%以上。学前教育毛入园率达到95%");
        assertEquals(2025, ts.get(0).targetYear());
        assertEquals(2030, ts.get(1).targetYear());
        assertEquals(2030, ts.get(2).targetYear());
    }

    @Test
    void townshipUnitMakesScopeEachTownship() {
        DraftTarget t = only(goal("适龄儿童免疫规划疫苗接种率以乡镇（街道）为单位保持在95%以上"));
        assertEquals(Scope.EACH_TOWNSHIP, t.scope());
        assertEquals("适龄儿童免疫规划疫苗接种率", t.indicatorName());
        assertEquals(Scope.JURISDICTION, only(goal("新生儿访视率保持在90%以上")).scope());
    }

    @ParameterizedTest(name = "{0} → maintain={1}")
    @CsvSource(delimiter = '|', value = {
            "新生儿访视率保持在90%以上|true",
            "九年义务教育巩固率稳定在96%以上|true",
            "高中阶段教育毛入学率达到并保持93%以上|true",
            "新生儿访视率持续保持在90%以上|true",
            "学前教育毛入园率达到93%以上|false",
    })
    void holdingWordsMeanMaintain(String clause, boolean maintain) {
        assertEquals(maintain, only(goal(clause)).maintain());
    }

    @Test
    void shareWrittenBeforeWhatItCountsIsAMinimum() {
        List<DraftTarget> ts = goal("95%的城市社区和85%的农村社区（村）建立家长学校或家庭教育指导服务点。");
        assertEquals(2, ts.size());
        assertTrue(ts.stream().allMatch(t -> t.kind() == TargetKind.AT_LEAST));
        assertValue("85", ts.get(1));
    }

    @Test
    void comparatorEarlierInTheClauseBindsTheWholeList() {
        List<DraftTarget> ts = measure("实现每千名儿童至少拥有儿科执业（助理）医生1.12名、床位3.17张");
        assertEquals(2, ts.size());
        assertTrue(ts.stream().allMatch(t -> t.kind() == TargetKind.AT_LEAST && t.unit() == ValueUnit.PER_1000_CHILDREN));
        assertEquals("每千名儿童床位", ts.get(1).indicatorName());
    }

    @Test
    void establishVerbsBindCountsButNotRates() {
        assertTrue(measure("设置30%的岗位").isEmpty());
        assertEquals(ValueUnit.COUNT, only(measure("每所乡镇卫生院至少配备2名专业从事儿童保健的医生")).unit());
    }

    @Test
    void oneValueSharedByAListOfIndicators() {
        assertEquals(2, goal("3岁以下儿童系统管理率和7岁以下儿童健康管理率保持在90%以上").size());
        assertEquals(2, goal("乡镇儿童督导员、社区/村儿童主任覆盖率达到100%").size());
        assertEquals("0-6岁儿童眼保健和视力检查覆盖率", only(goal("0—6岁儿童眼保健和视力检查覆盖率达到90%以上")).indicatorName());
    }

    @Test
    void verbDecidesWhenNoComparatorIsWritten() {
        assertEquals(TargetKind.AT_MOST, only(goal("新生儿死亡率下降到3‰")).kind());
        assertEquals(TargetKind.AT_LEAST, only(goal("高中阶段毛入学率达到95%")).kind());
        assertFalse(only(goal("高中阶段毛入学率达到95%")).strict());
    }

    @Test
    void numbersWithoutBoundOrUnitAreIgnored() {
        assertTrue(measure("依托12345政务服务便民热线构建未成年人救助保护热线").isEmpty());
    }

    @Test
    void sourceTextIsTheSentenceAndLineIsKept() {
        DraftTarget t = only(goal("加强新生儿规范化访视工作，新生儿访视率保持在90%以上。完善医疗机构产科。"));
        assertEquals("加强新生儿规范化访视工作,新生儿访视率保持在90%以上", t.sourceText());
        assertEquals(7, t.line());
    }

    @Test
    void smallChineseCountAfterAComparatorIsRead() {
        DraftTarget t = only(measure("家长学校或家庭教育指导服务站点每年至少开展一次面向家长和子女的心理健康教育活动"));
        assertValue("1", t);
        assertEquals(ValueUnit.COUNT, t.unit());
        assertEquals(TargetKind.AT_LEAST, t.kind());
        assertTrue(measure("巩固婚姻登记、婚前医学检查“一站式”服务模式，五位一体").isEmpty());
    }

    @Test
    void timesPerYearCountOnlyWithABound() {
        assertValue("1", only(goal("中小学生每年至少免费视力检查1次")));
        assertTrue(measure("已经区政府第十六届16次常务会议审议通过").isEmpty());
    }

    @Test
    void creatingAndBuildingBindCounts() {
        DraftTarget t = only(goal("创建2个青少年科技教育基地"));
        assertEquals(TargetKind.AT_LEAST, t.kind());
        assertValue("2", t);
    }

    @Test
    void bareRateTakesItsSubjectFromThePreviousClause() {
        List<DraftTarget> ts = goal("推进未成年人救助保护中心建设，实现区级覆盖率达到90%。");
        assertEquals("未成年人救助保护中心建设覆盖率", only(ts).indicatorName());
    }

    @Test
    void specificRateKeepsItsOwnName() {
        assertEquals("龋患率", only(goal("重视儿童口腔保健和疾病预防，降低龋患率。")).indicatorName());
    }

    @Test
    void valueWithoutNameKeepsTheNameBeforeIt() {
        List<DraftTarget> ts = goal("普惠性幼儿园覆盖率到2025年达到85%，到2030年达到90%");
        assertEquals(2, ts.size());
        assertEquals("普惠性幼儿园覆盖率", ts.get(1).indicatorName());
        assertEquals(2025, ts.get(0).targetYear());
        assertEquals(2030, ts.get(1).targetYear());
    }

    @Test
    void consolidatingAtALevelIsMaintain() {
        DraftTarget t = only(goal("农村自来水普及率巩固在99%以上"));
        assertEquals("农村自来水普及率", t.indicatorName());
        assertTrue(t.maintain());
    }
}
