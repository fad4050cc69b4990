package io.planwatch.plandraft.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import io.planwatch.vocabulary.Population;
import io.planwatch.vocabulary.TargetKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The document level: plans in a notice, metadata, domains, goals, completeness, line numbers. */
class PlanTextParserTest {

    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void noticeCarryingTwoPlansYieldsTwoDrafts() {
        List<PlanDraft> drafts = parser.parse(Seeds.text("004"));
        assertEquals(2, drafts.size());
        PlanDraft women = drafts.get(0);
        PlanDraft children = drafts.get(1);
        assertEquals(Population.WOMEN, women.population());
        assertEquals(Population.CHILDREN, children.population());
        assertEquals("荔浦市妇女发展规划（2021—2030年）", women.title());
        assertEquals("荔浦市", children.jurisdictionName());
        assertEquals(8, women.domains().size());
        assertEquals(7, children.domains().size());
        assertEquals("妇女参与决策和管理", women.domains().get(3).name());
        for (PlanDraft d : drafts) {
            assertEquals("荔浦市人民政府", d.issuer());
            assertEquals(LocalDate.of(2023, 3, 1), d.issueDate());
        }
        assertTrue(women.lastLine() < children.firstLine());
    }

    @Test
    void readsNoticeMetadataAndMostSpecificJurisdiction() {
        PlanDraft d = single("002");
        assertEquals("韶曲府办〔2022〕8号", d.documentNumber());
        assertEquals("韶关市曲江区人民政府办公室", d.issuer());
        assertEquals("曲江区", d.jurisdictionName());
        assertEquals(LocalDate.of(2022, 6, 29), d.issueDate());
        assertEquals(2021, d.periodStart());
        assertEquals(2030, d.periodEnd());
    }

    @Test
    void barePlanHasTitleAndPeriodButNoNoticeMetadata() {
        PlanDraft d = single("000");
        assertEquals("鹿寨县儿童发展规划（2021—2030年）", d.title());
        assertEquals("鹿寨县", d.jurisdictionName());
        assertEquals(2021, d.periodStart());
        assertEquals(2030, d.periodEnd());
        assertNull(d.issuer());
        assertNull(d.documentNumber());
        assertNull(d.issueDate());
        assertEquals(
                List.of("儿童与健康", "儿童与安全", "儿童与教育", "儿童与福利", "儿童与家庭", "儿童与环境", "儿童与法律保护"),
                d.domains().stream().map(DraftDomain::name).toList());
    }

    @Test
    void planWithoutTitleLineTakesJurisdictionFromTextAndFlagsInferredDomainNames() {
        PlanDraft d = single("003");
        assertNull(d.title());
        assertEquals("罗江区", d.jurisdictionName());
        assertEquals(Population.CHILDREN, d.population());
        assertEquals(7, d.domains().size());
        assertTrue(d.domains().stream().anyMatch(DraftDomain::nameInferred));
        assertEquals("儿童与教育", d.domains().get(2).name());
    }

    @Test
    void goalsAreNumberedInOrderInEveryPlan() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            for (PlanDraft d : parser.parse(Seeds.text(seed))) {
                for (DraftDomain domain : d.domains()) {
                    List<Integer> numbers =
                            domain.goals().stream().map(DraftGoal::number).toList();
                    assertEquals(
                            IntStream.rangeClosed(1, numbers.size()).boxed().toList(),
                            numbers,
                            seed + " " + domain.name());
                }
            }
        }
    }

    @Test
    void everyMainGoalHasAtLeastOneTargetSoTheDraftIsComplete() {
        PlanDraft d = single("000");
        for (DraftDomain domain : d.domains()) {
            for (DraftGoal goal : domain.goals()) {
                assertTrue(
                        d.targets().stream()
                                .anyMatch(t -> t.domainOrder() == domain.order()
                                        && Integer.valueOf(goal.number()).equals(t.goalNumber())),
                        domain.name() + " goal " + goal.number());
            }
        }
        DraftTarget qualitative = d.targets().stream()
                .filter(t -> t.kind() == TargetKind.QUALITATIVE)
                .findFirst()
                .orElseThrow();
        assertEquals("覆盖城乡的儿童健康服务体系更加完善", qualitative.indicatorName());
    }

    @Test
    void measuresInStrategyParagraphsHaveNoGoalNumber() {
        DraftTarget visits = single("000").targets().stream()
                .filter(t -> t.indicatorName().equals("新生儿访视率"))
                .findFirst()
                .orElseThrow();
        assertNull(visits.goalNumber());
        assertEquals(80, visits.line());
        assertTrue(visits.maintain());
    }

    @Test
    void everyTargetPointsAtTheLineItsSentenceStartsOn() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            String[] lines = Seeds.text(seed).split("\\r\\n|\\r|\\n", -1);
            for (PlanDraft d : parser.parse(Seeds.text(seed))) {
                for (DraftTarget t : d.targets()) {
                    if (t.kind() == TargetKind.QUALITATIVE) {
                        continue;
                    }
                    // a sentence may run on over the next lines (and the blank ones between): it starts on t.line()
                    String first = TextNormalizer.normalize(lines[t.line() - 1]);
                    StringBuilder joined = new StringBuilder(first);
                    for (int i = t.line(); i < Math.min(lines.length, t.line() + 3); i++) {
                        joined.append(TextNormalizer.normalize(lines[i]));
                    }
                    int at = joined.indexOf(t.sourceText());
                    assertTrue(
                            at >= 0 && at < first.length(),
                            seed + ":" + t.line() + " does not start " + t.sourceText());
                }
            }
        }
    }

    @Test
    void aSentenceBrokenAcrossLinesIsReadWhole() {
        // 002:80-82: "…保持在 90% 以上，城乡、" / "" / "区域差距逐步缩小。"
        List<DraftTarget> gaps = single("002").targets().stream()
                .filter(t -> t.kind() == TargetKind.GAP_NARROWING && t.line() == 80)
                .toList();
        assertEquals(
                List.of("3岁以下儿童系统管理率", "7岁以下儿童健康管理率"),
                gaps.stream().map(DraftTarget::indicatorName).toList());
        PlanDraft d = parser.parse("（一）儿童与健康\n主要目标：\n1.新生儿访视率\n\n保持在90%以上，城乡\n差距逐步缩小。\n2.婴儿死亡率降至5‰以下。\n")
                .get(0);
        assertEquals(
                List.of(3, 3, 7), d.targets().stream().map(DraftTarget::line).toList()); // where each sentence starts
        assertEquals("新生儿访视率", d.targets().get(0).indicatorName());
        assertEquals(TargetKind.GAP_NARROWING, d.targets().get(1).kind());
        assertEquals(
                "新生儿访视率保持在90%以上,城乡差距逐步缩小。", d.domains().get(0).goals().get(0).text());
    }

    @Test
    void aMeasureThatRestatesAMainGoalsTargetIsNotASecondTarget() {
        PlanDraft d = single("000");
        List<DraftTarget> facilities = d.targets().stream()
                .filter(t -> t.indicatorName().contains("兜底监护"))
                .toList();
        assertEquals(1, facilities.size());
        assertEquals(214, facilities.get(0).line());
        assertEquals(
                List.of("restated among the measures at line 239"),
                facilities.get(0).notes());
        assertEquals(
                1,
                single("003").targets().stream()
                        .filter(t -> t.indicatorName().equals("0-6岁儿童眼保健和视力检查覆盖率"))
                        .count());
    }

    @Test
    void theLineBreakAtTheEndOfTheTextStartsNoLine() {
        assertEquals(413, single("000").lastLine()); // the file has 413 lines, the last one ends with a line break
        assertEquals(2, PlanTextParser.read("a\nb\n").count());
        assertEquals(3, PlanTextParser.read("a\nb\n\n").count());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"新生儿访视率达到90%以上", "2020年", "1%、", "死亡率"})
    void aMegabyteOnOneLineIsRead(String piece) {
        // no time is asserted here (a loaded machine makes any bound flaky); a megabyte must still be read to its end
        PlanDraft d = parser.parse(goal(piece, 1 << 20)).get(0);
        assertTrue(!d.targets().isEmpty());
    }

    /** A plan of one main goal: {@code piece} repeated to about {@code bytes} of UTF-8, then a target. */
    private static String goal(String piece, int bytes) {
        return "（一）儿童与健康\n主要目标：\n1." + piece.repeat(bytes / (3 * piece.length())) + "降至5‰以下\n";
    }

    @Test
    void textThatIsNoPlanGivesADraftWithNothingInIt() {
        List<PlanDraft> drafts = parser.parse("会议通知\n请各单位于2023年3月1日前报送材料，参会人数不超过3名。");
        assertEquals(1, drafts.size());
        assertTrue(drafts.get(0).domains().isEmpty());
        assertTrue(drafts.get(0).targets().isEmpty());
        assertTrue(parser.parse("").get(0).domains().isEmpty());
    }

    private PlanDraft single(String seed) {
        List<PlanDraft> drafts = parser.parse(Seeds.text(seed));
        assertEquals(1, drafts.size(), seed);
        return drafts.get(0);
    }

    // ---------------------------------------------------------------- issue 12

    @Test
    void keyProjectsAfterTheDomainsAreReadLikeMeasures() {
        String text = "（一）儿童与健康\n主要目标：\n1.婴儿死亡率降至5‰以下。\n策略措施：\n1.加强保健。\n"
                + "（二）儿童与教育\n主要目标：\n1.学前教育毛入园率达到93%以上。\n"
                + "四、实施儿童发展重点工程\n"
                + "（一）妇幼健康工程。\n全市婴儿死亡率降至5‰以下，每所乡镇卫生院至少配备2名儿科医生。\n"
                + "（二）儿童友好城市建设工程。\n至少建设1个儿童友好示范镇。\n"
                + "五、组织实施\n每年召开2次会议。\n";
        PlanDraft d = parser.parse(text).get(0);
        // 婴儿死亡率 restated: one target, with a note; the project's new target joins the domain the project restates
        List<DraftTarget> imr = d.targets().stream()
                .filter(t -> t.indicatorName().equals("婴儿死亡率"))
                .toList();
        assertEquals(1, imr.size());
        assertEquals(List.of("restated in 实施儿童发展重点工程 at line 11"), imr.get(0).notes());
        DraftTarget doctors = d.targets().stream()
                .filter(t -> t.indicatorName().contains("儿科医生"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, doctors.domainOrder());
        assertEquals(11, doctors.line());
        // a project that restates nothing gets a domain of its own, named after the chapter
        DraftTarget town = d.targets().stream()
                .filter(t -> t.indicatorName().contains("儿童友好示范镇"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, town.domainOrder());
        assertEquals("实施儿童发展重点工程", d.domains().get(2).name());
        // 组织实施 ends the chapter: its numbers are no targets and not listed either
        assertTrue(d.targets().stream().noneMatch(t -> t.line() == 15));
        assertTrue(d.unreadClauses().isEmpty());
    }

    @Test
    void fourHundredIdenticalGoalLinesGiveFourHundredTargetsNotTheirSquare() {
        String text = "（一）儿童与健康。\n主要目标：\n" + "1.婴儿死亡率降至5.0‰以下。\n".repeat(400);
        PlanDraft d = parser.parse(text).get(0);
        assertEquals(400, d.targets().size());
        assertEquals(400, d.domains().get(0).goals().size());
    }

    /** What a PDF or web copy does to a text; none of it may change what is read. */
    static final Map<String, java.util.function.UnaryOperator<String>> AS_IT_ARRIVES = Map.of(
            "ASCII punctuation",
                    t -> t.replace('，', ',')
                            .replace('；', ';')
                            .replace('（', '(')
                            .replace('）', ')')
                            .replace('：', ':')
                            .replace('。', '.'),
            "spaces between numbers and units", t -> t.replaceAll("(\\d)([%‰个名所张小])", "$1 $2"),
            "picture leftovers in number phrases", t -> t.replaceAll("(降至|达到|控制在|不低于|提高到|保持在)(\\d)", "$1[image: ]$2"),
            "traditional characters", ZhConverterUtil::toTraditional);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void eachSeedReadsTheSameTargetsHoweverItArrives(String seed) {
        String text = Seeds.text(seed);
        List<String> expected = keys(text);
        AS_IT_ARRIVES.forEach(
                (how, transform) -> assertEquals(expected, keys(transform.apply(text)), seed + ", " + how));
    }

    private List<String> keys(String text) {
        return parser.parse(text).stream()
                .flatMap(d -> d.targets().stream())
                .map(t -> t.line() + "|" + t.indicatorName() + "|" + t.kind() + "|" + t.value() + "|" + t.unit() + "|"
                        + t.scope() + "|" + t.maintain() + "|" + t.changePerYear() + "|" + t.reference())
                .toList();
    }

    @ParameterizedTest(name = "seed {0}: {1} unread")
    @CsvSource({"000, 1", "001, 0", "002, 0", "003, 0", "004, 2"})
    void theSeedsClausesWithANumberThatMadeNoTargetAreListed(String seed, int unread) {
        List<UnreadClause> all = parser.parse(Seeds.text(seed)).stream()
                .flatMap(d -> d.unreadClauses().stream())
                .toList();
        all.forEach(u -> System.out.println("seed " + seed + " unread line " + u.line() + ": " + u.clause()));
        assertEquals(unread, all.size());
        // the ones left are the 12345 hotline, a telephone number
        assertTrue(all.stream().allMatch(u -> u.clause().contains("12345")), all.toString());
    }
}
