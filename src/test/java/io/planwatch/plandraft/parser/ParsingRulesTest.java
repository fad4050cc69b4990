package io.planwatch.plandraft.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertEquals(Unit.PERCENT, t.unit());
        assertEquals(TargetKind.AT_LEAST, t.kind());
    }

    @Test
    void respectivelyListPairsNamesAndValuesInOrder() {
        List<DraftTarget> ts = goal("新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、4.55‰和6.0‰以下");
        assertEquals(
                List.of("新生儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率"),
                ts.stream().map(DraftTarget::indicatorName).toList());
        assertValue("3.0", ts.get(0));
        assertValue("4.55", ts.get(1));
        assertValue("6.0", ts.get(2));
        assertTrue(
                ts.stream().allMatch(t -> t.kind() == TargetKind.AT_MOST && t.unit() == Unit.PER_MILLE && !t.strict()));
    }

    @Test
    void respectivelyListOfTwoFullNames() {
        List<DraftTarget> ts = goal("5岁以下儿童贫血率和生长迟缓率分别控制在10%和5%以下");
        assertEquals(2, ts.size());
        assertEquals("5岁以下儿童贫血率", ts.get(0).indicatorName());
        assertValue("5", ts.get(1));
        // the second item names nobody: it is about the first one's population
        assertEquals("5岁以下儿童生长迟缓率", ts.get(1).indicatorName());
    }

    @Test
    void enumerationWithOneValueIsOneRatePerItem() {
        List<DraftTarget> ts = measure("孕产妇艾滋病、梅毒和乙肝检测率达到98%以上");
        assertEquals(List.of("孕产妇艾滋病检测率", "孕产妇梅毒检测率", "孕产妇乙肝检测率"), names(ts));
        assertTrue(ts.stream()
                .allMatch(t -> t.kind() == TargetKind.AT_LEAST && t.value().intValue() == 98));
    }

    @Test
    void leadingListOfInfectionsIsOneRatePerInfection() {
        List<DraftTarget> ts = measure("艾滋病和梅毒孕产妇及所生儿童感染者治疗率达到95%以上");
        assertEquals(List.of("艾滋病孕产妇及所生儿童感染者治疗率", "梅毒孕产妇及所生儿童感染者治疗率"), names(ts));
        assertTrue(ts.stream()
                .allMatch(t -> t.kind() == TargetKind.AT_LEAST && t.value().intValue() == 95));
    }

    private static List<String> names(List<DraftTarget> ts) {
        return ts.stream().map(DraftTarget::indicatorName).toList();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "孕产妇死亡率控制在12/10万以下|12|PER_100K",
                "重型地中海贫血患儿出生率控制在0.3/万以下|0.3|PER_10K",
                "婴儿死亡率控制在5‰以下|5|PER_MILLE",
                "每千名儿童拥有儿科执业（助理）医生达到1.12名|1.12|PER_1000_CHILDREN",
                "每千人口拥有3岁以下婴幼儿托位数不低于4.5个|4.5|PER_1000_POPULATION",
                "确保儿童每天接触户外自然光不少于1小时|1|HOURS",
                "县级设置1所政府举办、标准化的妇幼保健机构|1|COUNT",
                "全县至少培育1个未成年人保护领域的社区社会组织|1|COUNT",
            })
    void readsEachUnit(String clause, String value, Unit unit) {
        DraftTarget t = only(goal(clause));
        assertValue(value, t);
        assertEquals(unit, t.unit());
    }

    @ParameterizedTest(name = "{0} → {1} strict={2}")
    @CsvSource(
            delimiter = '|',
            value = {
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

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "推进义务教育学校免试就近入学全覆盖|义务教育学校免试就近入学覆盖率",
                "义务教育学校免试就近入学实现全覆盖|义务教育学校免试就近入学覆盖率",
                "继续推进义务教育学校免试就近入学全覆盖|义务教育学校免试就近入学覆盖率",
                "推进城乡社区、村妇女议事会实现全覆盖并有效运行|城乡社区、村妇女议事会覆盖率",
            })
    void fullCoverageInTheMeasuresIsAtLeastHundredToo(String clause, String name) {
        DraftTarget t = only(measure(clause));
        assertEquals(name, t.indicatorName());
        assertValue("100", t);
        assertEquals(TargetKind.AT_LEAST, t.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "基本实现学前教育公共服务体系全覆盖",
                "实现父母、隔代家长、准家长三类家长群体全覆盖",
                "不断健全覆盖城乡、布局合理的公共服务体系",
            })
    void hedgedCoverageAndCoverageOfNothingCountableIsNoTarget(String clause) {
        assertTrue(measure(clause).isEmpty());
        assertTrue(goal(clause).isEmpty());
    }

    @Test
    void reachingAHundredPercentAndFullCoverageAreAtLeastHundred() {
        DraftTarget reached = only(goal("乡镇儿童督导员覆盖率达到100%"));
        assertEquals(TargetKind.AT_LEAST, reached.kind());
        assertValue("100", reached);
        DraftTarget full = only(goal("实现村（社区）家长学校或家庭教育指导服务站点全覆盖"));
        assertEquals(TargetKind.AT_LEAST, full.kind());
        assertValue("100", full);
        assertEquals(Unit.PERCENT, full.unit());
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
        // a plan target takes one value: the draft says the range is adopted as its lower end
        assertEquals(
                List.of("range 1-2: adopted as AT_LEAST 1 (the lower end); the upper end 2 is not kept"),
                range.notes());
        DraftTarget t = only(goal("每个乡镇建有1—2个儿童活动场所"));
        assertValue("1", t);
        assertEquals(0, new BigDecimal("2").compareTo(t.upperValue()));
        assertEquals(Unit.COUNT, t.unit());
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
    @CsvSource(
            delimiter = '|',
            value = {
                "儿童溺水死亡率持续下降|TREND_DOWN|儿童溺水死亡率",
                "儿童新发近视率逐步下降|TREND_DOWN|儿童新发近视率",
                "城乡社区儿童之家覆盖率明显提高|TREND_UP|城乡社区儿童之家覆盖率",
                "女性平均受教育年限不断提高|TREND_UP|女性平均受教育年限",
                "人均健康预期寿命逐步提高|TREND_UP|人均健康预期寿命",
                "妇女人均预期寿命延长|TREND_UP|妇女人均预期寿命",
                "残疾儿童义务教育巩固水平进一步提高|TREND_UP|残疾儿童义务教育巩固水平",
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
    void trendOnTwoCountsIsTwoTrends() {
        assertEquals(List.of("托育机构数量", "托位数量"), names(goal("托育机构和托位数量持续增加")));
        assertEquals(List.of("妇女失业保险参保人数", "妇女工伤保险参保人数"), names(goal("提高妇女失业保险和工伤保险参保人数")));
    }

    @Test
    void moreOfACountableThingIsATrendOnTheirNumber() {
        DraftTarget t = only(goal("增加公益性儿童教育、科技、文化、体育、娱乐等校外活动场所"));
        assertEquals(TargetKind.TREND_UP, t.kind());
        assertEquals("公益性儿童教育、科技、文化、体育、娱乐等校外活动场所数", t.indicatorName());
    }

    @Test
    void aFacilityAMainGoalSaysExistsIsACountOfOne() {
        DraftTarget t = only(goal("县级建有儿童活动中心"));
        assertEquals(TargetKind.AT_LEAST, t.kind());
        assertValue("1", t);
        assertEquals(Unit.COUNT, t.unit());
        assertEquals("儿童活动中心", t.indicatorName());
        assertTrue(measure("县级建有儿童活动中心").isEmpty());
    }

    @Test
    void trendsAreReadOnlyInMainGoals() {
        assertTrue(measure("儿童溺水死亡率持续下降").isEmpty());
    }

    @Test
    void gapNarrowingAppliesToTheIndicatorsBeforeIt() {
        List<DraftTarget> ts = goal("新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、5.0‰和6.0‰以下，城乡差距逐步缩小。");
        List<DraftTarget> gaps =
                ts.stream().filter(t -> t.kind() == TargetKind.GAP_NARROWING).toList();
        assertEquals(3, gaps.size());
        assertEquals("婴儿死亡率", gaps.get(1).indicatorName());
        assertEquals("AREA", gaps.get(0).gap().dimension());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "男女两性科学素质水平差距不断缩小|科学素质水平|SEX",
                "男女收入差距明显缩小|收入|SEX",
                "缩小两性家务劳动时间差距|家务劳动时间|SEX",
            })
    void gapBetweenWomenAndMenIsASexGap(String clause, String name, String dimension) {
        DraftTarget t = only(goal(clause));
        assertEquals(TargetKind.GAP_NARROWING, t.kind());
        assertEquals(name, t.indicatorName());
        assertEquals(new ParsingRules.GapGroups(dimension, "F", "M"), t.gap());
    }

    @Test
    void gapOnlyBetweenRegionsNamesNoDimensionAndIsNoTarget() {
        assertTrue(goal("区域差距逐步缩小").isEmpty());
        List<DraftTarget> ts = goal("3岁以下儿童系统管理率和7岁以下儿童健康管理率保持在90%以上，城乡、区域差距逐步缩小");
        assertEquals(
                List.of("3岁以下儿童系统管理率", "7岁以下儿童健康管理率"),
                names(ts.stream()
                        .filter(t -> t.kind() == TargetKind.GAP_NARROWING)
                        .toList()));
        assertEquals(
                new ParsingRules.GapGroups("AREA", "RURAL", "URBAN"), ts.get(3).gap());
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

    @ParameterizedTest(name = "{0} → EACH TOWNSHIP")
    @CsvSource(
            delimiter = '|',
            value = {
                "每个镇配备1名儿童督导员|镇儿童督导员",
                "每个镇设置至少设置1个儿童预防接种门诊|镇儿童预防接种门诊",
                "每所乡镇卫生院至少配备1名提供规范儿童基本医疗服务的全科医生|乡镇卫生院提供规范儿童基本医疗服务的全科医生",
                "每所镇（街）卫生院、社区卫生服务中心至少配备1名全科医生|镇(街)卫生院、社区卫生服务中心全科医生",
            })
    void aMinimumPerTownshipHoldsInEachTownship(String clause, String name) {
        DraftTarget t = only(measure(clause));
        assertEquals(Scope.EACH_TOWNSHIP, t.scope());
        assertEquals(name, t.indicatorName());
        assertEquals(Unit.COUNT, t.unit());
        assertTrue(t.notes().isEmpty(), t.notes()::toString);
    }

    @ParameterizedTest(name = "{0} → JURISDICTION with a note")
    @CsvSource(
            delimiter = '|',
            value = {
                "中小学校至少配备1名专职或兼职心理健康教育教师|中小学校专职或兼职心理健康教育教师|中小学校",
                "每个社区（村）配备2名儿童主任|社区(村)儿童主任|社区(村)",
            })
    void aMinimumPerFacilityIsFlaggedForReview(String clause, String name, String unit) {
        DraftTarget t = only(measure(clause));
        assertEquals(Scope.JURISDICTION, t.scope());
        assertEquals(name, t.indicatorName());
        assertEquals(1, t.notes().size());
        assertTrue(
                t.notes().get(0).startsWith("per facility") && t.notes().get(0).contains(unit),
                t.notes().get(0));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "每个社区（村）配备1名儿童主任并提高服务能力|配备儿童主任的社区(村)比例",
                "每个村（社区）配备一名儿童主任|配备儿童主任的村(社区)比例",
                "每个村设立1个儿童之家|设立儿童之家的村比例",
            })
    void oneInEveryVillageIsAShareOfVillagesOfAHundredPercent(String clause, String name) {
        DraftTarget t = only(measure(clause));
        assertEquals(name, t.indicatorName());
        assertEquals(TargetKind.AT_LEAST, t.kind());
        assertValue("100", t);
        assertEquals(Unit.PERCENT, t.unit());
        assertEquals(Scope.JURISDICTION, t.scope());
        assertTrue(t.rules().contains("one in every village"), t.rules()::toString);
        assertEquals(1, t.notes().size());
        assertTrue(t.notes().get(0).startsWith("one in every"), t.notes()::toString);
    }

    @Test
    void aNamelessChangeAgainstAWrittenYearIsAboutTheTargetBeforeIt() {
        List<DraftTarget> ts = goal("到2025年，农村自来水普及率达到90%，比2020年提高10%");
        assertEquals(2, ts.size(), ts::toString);
        DraftTarget change = ts.get(1);
        assertEquals(TargetKind.RELATIVE_CHANGE, change.kind());
        assertEquals("农村自来水普及率", change.indicatorName());
        assertEquals(2020, change.baselineYear());
        assertEquals(0, new BigDecimal("10").compareTo(change.changePct()));
        assertEquals(2025, change.targetYear());
        assertEquals(List.of("relative change, base year implied", "name from the sentence"), change.rules());
        // alone, with nothing before it to be about, it stays unread rather than guessed
        assertTrue(goal("比2020年提高10%").isEmpty());
    }

    @Test
    void aClauseThatStartsWithItsVerbHasTheSubjectScopeAndNotesOfTheClauseBefore() {
        List<DraftTarget> ts = measure("每所乡镇卫生院至少配备1名提供规范儿童基本医疗服务的全科医生，至少配备2名专业从事儿童保健的医生。");
        assertEquals("乡镇卫生院专业从事儿童保健的医生", ts.get(1).indicatorName());
        assertEquals(Scope.EACH_TOWNSHIP, ts.get(1).scope());
        List<DraftTarget> village = measure("每所乡镇卫生院、村（社区）卫生室至少配备1名全科医生，至少配备2名专业从事儿童保健的医生");
        assertEquals(Scope.EACH_TOWNSHIP, village.get(1).scope());
        assertTrue(
                village.get(1).notes().get(0).contains("村(社区)卫生室"),
                village.get(1).notes()::toString);
    }

    @ParameterizedTest(name = "{0} → maintain={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "新生儿访视率保持在90%以上|true",
                "九年义务教育巩固率稳定在96%以上|true",
                "高中阶段教育毛入学率达到并保持93%以上|true",
                "新生儿访视率持续保持在90%以上|true",
                "学前教育毛入园率达到93%以上|false",
                "家长学校或家庭教育指导服务站点每年至少开展一次面向家长和子女的心理健康教育活动|true",
                "学校和社区每年应至少安排1次预防溺水和应急救援知识技能教育|true",
                "中小学生每年至少免费视力检查1次|true",
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
        assertEquals(List.of("建立家长学校或家庭教育指导服务点的城市社区比例", "建立家长学校或家庭教育指导服务点的农村社区(村)比例"), names(ts));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "70%以上的镇（街道）、社区建有少儿科普活动场所|建有少儿科普活动场所的镇(街道)、社区比例",
                "50%以上公办幼儿园建设达市级以上示范园标准|建设达市级以上示范园标准的公办幼儿园比例",
                "促进70%的妇女在35—45岁接受高效宫颈癌筛查|接受高效宫颈癌筛查的35-45岁妇女比例",
            })
    void shareWrittenFirstIsNamedAsTheShareOfWhatItCounts(String clause, String name) {
        assertEquals(name, only(measure(clause)).indicatorName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "保证每天睡眠时间小学生达到10小时、初中生达到9小时、高中生达到8小时",
                "保证每天小学生10小时、初中生9小时、高中生8小时睡眠时间",
            })
    void eachSchoolGroupGetsTheMeasureItShares(String clause) {
        List<DraftTarget> ts = measure(clause);
        assertEquals(List.of("小学生每天睡眠时间", "初中生每天睡眠时间", "高中生每天睡眠时间"), names(ts));
        assertEquals(
                List.of(10, 9, 8), ts.stream().map(t -> t.value().intValue()).toList());
        assertTrue(ts.stream().allMatch(t -> t.kind() == TargetKind.AT_LEAST && t.unit() == Unit.HOURS));
    }

    @Test
    void insideAndOutsideEachIsTwoTargets() {
        List<DraftTarget> ts = measure("着力保障儿童每天校内外各1小时体育活动时间，培养儿童良好运动习惯。");
        assertEquals(List.of("儿童每天校内体育活动时间", "儿童每天校外体育活动时间"), names(ts));
        assertTrue(ts.stream()
                .allMatch(t -> t.kind() == TargetKind.AT_LEAST && t.value().intValue() == 1 && t.unit() == Unit.HOURS));
    }

    @Test
    void hoursAreATimeAndTimesACount() {
        assertEquals("儿童每天接触户外自然光时间", only(measure("确保儿童每天接触户外自然光不少于1小时")).indicatorName());
        assertEquals("中小学生免费视力检查次数", only(goal("中小学生每年至少免费视力检查1次")).indicatorName());
    }

    @Test
    void aRoleInsideAGroupKeepsTheGroupInItsName() {
        List<String> city = names(goal("市政府领导班子中的女干部比例逐步提高，担任正职的女干部占同级正职干部的比例逐步提高"));
        List<String> departments = names(goal("全市政府工作部门领导班子中的女干部比例逐步提高，担任正职的女干部占同级正职干部的比例逐步提高"));
        assertEquals("市政府领导班子中担任正职的女干部占同级正职干部的比例", city.get(1));
        assertEquals("政府工作部门领导班子中担任正职的女干部占同级正职干部的比例", departments.get(1));
    }

    @Test
    void aPlanningStandardIsNamedByPlaceDenominatorAndWhatItCounts() {
        List<DraftTarget> ts = measure(
                "在新建居住区按照每千人口不少于10个托位规划、建设婴幼儿照护服务设施及配套安全设施，" + "老城区和已建成居住区无婴幼儿照护服务设施的，要按照每千人口不少于8个托位建设婴幼儿照护服务设施。");
        assertEquals(List.of("新建居住区每千人口托位数", "老城区和已建成居住区每千人口托位数"), names(ts));
        assertTrue(ts.stream().allMatch(t -> t.unit() == Unit.PER_1000_POPULATION && t.kind() == TargetKind.AT_LEAST));
    }

    @Test
    void establishingVerbsJoinedByOrAndAListSharingItsModifier() {
        List<DraftTarget> ts = goal("全县至少引进或培育1家提供儿童福利和未成年人保护服务的社会组织和1支志愿者队伍。");
        assertEquals(List.of("提供儿童福利和未成年人保护服务的社会组织", "提供儿童福利和未成年人保护服务的志愿者队伍"), names(ts));
        assertEquals(
                "未成年人保护领域的社区社会组织", only(measure("全县至少培育或孵化1个未成年人保护领域的社区社会组织")).indicatorName());
        assertEquals(
                "满足民政部门兜底监护需要的儿童福利服务设施或未成年人保护设施",
                only(goal("县级至少有1处满足民政部门兜底监护需要的儿童福利服务设施或未成年人保护设施")).indicatorName());
    }

    @Test
    void aPastValueIsNoPartOfTheNameAndBindsNothing() {
        DraftTarget t = only(goal("婴儿死亡率由2020年的5‰降至3‰以下"));
        assertEquals("婴儿死亡率", t.indicatorName());
        assertValue("3", t);
        assertEquals(TargetKind.AT_MOST, t.kind());
    }

    @Test
    void aValueWithNothingToNameItKeepsAnEmptyName() {
        assertEquals("", only(goal("由2020年的5‰降至3‰以下")).indicatorName());
    }

    @Test
    void comparatorEarlierInTheClauseBindsTheWholeList() {
        List<DraftTarget> ts = measure("实现每千名儿童至少拥有儿科执业（助理）医生1.12名、床位3.17张");
        assertEquals(2, ts.size());
        assertTrue(ts.stream().allMatch(t -> t.kind() == TargetKind.AT_LEAST && t.unit() == Unit.PER_1000_CHILDREN));
        assertEquals("每千名儿童床位", ts.get(1).indicatorName());
    }

    @Test
    void establishVerbsBindCountsButNotRates() {
        assertTrue(measure("设置30%的岗位").isEmpty());
        assertEquals(Unit.COUNT, only(measure("每所乡镇卫生院至少配备2名专业从事儿童保健的医生")).unit());
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
        assertEquals(Unit.COUNT, t.unit());
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

    // ---------------------------------------------------------------- issue 12: every rule's example, new kinds, text
    // as it arrives

    /** Every rule of {@link ParsingRules}, by reflection, so a rule added without an example that reads is caught. */
    static List<ParsingRules.Rule<?>> allRules() {
        List<ParsingRules.Rule<?>> rules = new ArrayList<>();
        for (Field f : ParsingRules.class.getFields()) {
            try {
                Object v = f.get(null);
                if (v instanceof ParsingRules.Rule<?> r) {
                    rules.add(r);
                } else if (v instanceof List<?> list) {
                    list.stream()
                            .filter(ParsingRules.Rule.class::isInstance)
                            .forEach(r -> rules.add((ParsingRules.Rule<?>) r));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return rules;
    }

    @Test
    void everyRulesExampleIsReadByThatRule() {
        List<ParsingRules.Rule<?>> rules = allRules();
        assertTrue(rules.size() >= 50, "rules found: " + rules.size());
        List<String> failing = new ArrayList<>();
        for (ParsingRules.Rule<?> rule : rules) {
            if (ParsingRules.UNITS_BY_NAME.contains(rule)) {
                // these give a proposed indicator its unit from its name: the example is a name
                IndicatorMatch m = IndicatorMatcher.match(rule.example(), List.of());
                if (m.unit() != rule.meaning()) {
                    failing.add(rule.name() + ": " + rule.example() + " proposed in " + m.unit());
                }
                continue;
            }
            List<DraftTarget> ts = goal(rule.example());
            if (ts.stream().noneMatch(t -> t.rules().contains(rule.name()))) {
                failing.add(rule.name() + ": " + rule.example() + " → "
                        + ts.stream()
                                .map(t -> t.indicatorName() + " " + t.rules())
                                .toList());
            }
        }
        assertTrue(failing.isEmpty(), () -> String.join("\n", failing));
    }

    @Test
    void clauseFormsFollowNamedRulesInOneOrderOfPrecedence() {
        List<String> ruleNames =
                allRules().stream().map(ParsingRules.Rule::name).toList();
        List<Integer> precedences =
                ClauseForm.BY_PRECEDENCE.stream().map(ClauseForm::precedence).toList();
        assertEquals(precedences.stream().distinct().sorted().toList(), precedences, "precedences unique and in order");
        ClauseForm.BY_PRECEDENCE.stream()
                .filter(f -> f.family() != ClauseForm.Family.VALUES)
                .forEach(f -> assertTrue(ruleNames.contains(f.name()), f.name() + " names no rule of ParsingRules"));
        // the bounds: a comparator before the value outranks a verb, which outranks a comparator further back
        assertTrue(ParsingRules.COMPARATORS_BEFORE.get(0).precedence()
                < ParsingRules.VERBS.get(0).precedence());
        assertTrue(ParsingRules.VERBS.get(0).precedence()
                < ParsingRules.COMPARATORS_ANYWHERE.get(0).precedence());
    }

    @Test
    void theWinningBoundGivesTheKindAndTheVerbStillSaysHold() {
        // 不低于 (precedence 1) decides the kind; 保持在 (3) is cut from the name and makes it maintain
        DraftTarget t = only(goal("新生儿访视率保持在不低于90%"));
        assertEquals(TargetKind.AT_LEAST, t.kind());
        assertTrue(t.maintain());
        assertEquals("新生儿访视率", t.indicatorName());
        assertEquals(List.of("not below", "reach and hold", "percent"), t.rules());
        // a change is read before the values of its clause, and its name is the words before it
        DraftTarget c = only(goal("儿童伤害死亡率以2020年为基数下降20%"));
        assertEquals(List.of("relative change"), c.rules());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "儿童总体近视率每年降低0.5个百分点以上|儿童总体近视率|-0.5",
                "学生近视率年均下降1个百分点|学生近视率|-1",
                "农村卫生厕所普及率每年提高2个百分点|农村卫生厕所普及率|2",
                "城镇登记失业率每年至少降低0.2个百分点|城镇登记失业率|-0.2"
            })
    void aYearlyChangeInPercentagePointsIsAnAnnualChange(String clause, String name, String perYear) {
        DraftTarget t = only(goal(clause));
        assertEquals(TargetKind.ANNUAL_CHANGE, t.kind());
        assertEquals(name, t.indicatorName());
        assertEquals(0, new BigDecimal(perYear).compareTo(t.changePerYear()));
        assertEquals(Unit.PERCENT, t.unit());
        assertEquals(List.of("annual change in points"), t.rules());
    }

    @Test
    void aRangeOfYearlyChangeCountsItsLowerBound() {
        for (String clause : List.of("总体近视率每年降低0.5到1个百分点", "总体近视率每年降低0.5-1个百分点", "总体近视率每年降低1至0.5个百分点")) {
            DraftTarget t = only(measure(clause));
            assertEquals(0, new BigDecimal("-0.5").compareTo(t.changePerYear()), clause);
            assertTrue(t.notes().get(0).startsWith("range 0.5-1 percentage points a year"), clause);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "女党员代表比例一般不低于本地区党员总数中女性比例|AT_LEAST_REFERENCE|女党员代表比例|本地区党员总数中女性比例",
                "村民委员会成员中女性比例原则上不低于本村女性人口比例|AT_LEAST_REFERENCE|村民委员会成员中女性比例|本村女性人口比例",
                "职工代表大会中女性比例与女职工比例相适应|APPROX_REFERENCE|职工代表大会中女性比例|女职工比例",
                "促进企业职工董事中女性比例与企业女职工比例大体相当|APPROX_REFERENCE|企业职工董事中女性比例|企业女职工比例"
            })
    void aShareBoundedByAnotherIndicatorNamesThatIndicator(
            String clause, TargetKind kind, String name, String reference) {
        for (List<DraftTarget> ts : List.of(goal(clause), measure(clause))) {
            DraftTarget t = only(ts);
            assertEquals(kind, t.kind());
            assertEquals(name, t.indicatorName());
            assertEquals(reference, t.reference());
            assertNull(t.value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"基本建成与经济社会发展水平相适应的适度普惠型儿童福利制度体系", "推动学位供给与人口规模相适应", "城镇公共厕所男女厕位比例标准化建设与实际需求相适应"})
    void somethingInKeepingWithWhatIsNoIndicatorIsNoTarget(String clause) {
        assertTrue(measure(clause).isEmpty(), clause);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "全面普及农村卫生厕所|农村卫生厕所普及率",
                "城市生活垃圾分类全面普及|城市生活垃圾分类普及率",
                "推进农村自来水全面普及|农村自来水普及率",
                "实现村(社区)儿童之家全覆盖|村(社区)儿童之家覆盖率",
                "县级儿童福利机构实现全覆盖|儿童福利机构覆盖率",
                "农村生活垃圾进行收运处置的行政村比例基本达到100%|农村生活垃圾进行收运处置的行政村比例"
            })
    void coverageWrittenAsAVerbPhraseIsAtLeastAHundredPercent(String clause, String name) {
        DraftTarget t = only(measure(clause));
        assertEquals(name, t.indicatorName());
        assertEquals(TargetKind.AT_LEAST, t.kind());
        assertValue("100", t);
        assertEquals(Unit.PERCENT, t.unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"逐步推进学前教育全面普及", "生殖健康和优生优育知识全面普及", "力争农村卫生厕所基本普及", "普及儿童健康生活方式"})
    void hedgedSpreadOrSpreadOfKnowledgeIsNoTarget(String clause) {
        assertTrue(measure(clause).isEmpty(), clause);
    }

    /** The same targets, whatever state the text arrives in. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、5.0‰和6.0‰以下,孕产妇系统管理率达到90%以上;12岁儿童龋患率控制在25%以内.",
                "新生儿、婴儿和5岁以下儿童死亡率分别降至3.0 ‰、5.0 ‰和6.0 ‰以下，孕产妇系统管理率达到90 %以上；12岁儿童龋患率控制在25 %以内。",
                "新生儿、婴儿和5岁以下儿童死亡率分别降至[image: ]3.0‰、5.0‰和6.0‰以下，孕产妇系统管理率达到[image: ] 90%以上；12岁儿童龋患率控制在25%[image: ]以内。",
                "新生兒、嬰兒和5歲以下兒童死亡率分別降至3.0‰、5.0‰和6.0‰以下，孕產婦系統管理率達到90%以上；12歲兒童齲患率控制在25%以內。"
            })
    void punctuationSpacesLeftoversAndTraditionalCharactersChangeNothing(String clause) {
        List<DraftTarget> ts = goal(clause);
        assertEquals(List.of("新生儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率", "孕产妇系统管理率", "12岁儿童龋患率"), names(ts));
        assertEquals(
                List.of("3.0", "5.0", "6.0", "90", "25"),
                ts.stream().map(t -> t.value().toPlainString()).toList());
        assertEquals(
                List.of(
                        TargetKind.AT_MOST,
                        TargetKind.AT_MOST,
                        TargetKind.AT_MOST,
                        TargetKind.AT_LEAST,
                        TargetKind.AT_MOST),
                ts.stream().map(DraftTarget::kind).toList());
        assertEquals(2, ts.stream().map(DraftTarget::sourceText).distinct().count(), "two sentences");
    }

    @Test
    void aPictureWhereThePerCentSignWasIsAShareWrittenFirst() {
        DraftTarget t = only(measure("发展公益性社区儿童托育服务，实现95[image: ]以上的镇开办公益性社区儿童托育服务。"));
        assertEquals(TargetKind.AT_LEAST, t.kind());
        assertValue("95", t);
        assertEquals(Unit.PERCENT, t.unit());
        assertEquals("开办公益性社区儿童托育服务的镇比例", t.indicatorName());
    }

    @Test
    void everyClauseWithANumberIsATargetOrUnread() {
        String text = TextNormalizer.normalize("婴儿死亡率降至5‰以下，其中农村地区降至6‰以下，儿童溺水死亡率下降30%，建设儿童之家50个，" + "依托12345热线受理投诉。");
        TargetExtractor.Read read = TargetExtractor.read(text, new TargetExtractor.Place(1, 3, true, 7));
        assertEquals(List.of("婴儿死亡率", "婴儿死亡率(农村地区)", "儿童溺水死亡率", "儿童之家"), names(read.targets()));
        assertEquals(TargetKind.RELATIVE_CHANGE, read.targets().get(2).kind());
        assertEquals(0, new BigDecimal("-30").compareTo(read.targets().get(2).changePct()));
        assertEquals(
                List.of("a part (其中…) of the target before it: set its disaggregation before adopting"),
                read.targets().get(1).notes());
        assertEquals(1, read.unread().size());
        assertEquals("依托12345热线受理投诉", read.unread().get(0).clause());
        assertEquals(7, read.unread().get(0).line());
    }

    @Test
    void aSpanPointsAtTheWordsThatDecided() {
        DraftTarget t = only(goal("孕产妇死亡率下降到12/10万以下,城乡、区域差距缩小").subList(0, 1));
        assertEquals(
                "下降到12/10万以下",
                t.sourceText().substring(t.span().start(), t.span().end()));
        DraftTarget annual = only(measure("全区儿童总体近视率每年降低0.5个百分点以上"));
        assertEquals(
                "每年降低0.5个百分点以上",
                annual.sourceText()
                        .substring(annual.span().start(), annual.span().end()));
    }
}
