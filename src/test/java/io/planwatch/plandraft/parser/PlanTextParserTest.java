package io.planwatch.plandraft.parser;

import io.planwatch.vocabulary.Population;
import io.planwatch.vocabulary.TargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(List.of("儿童与健康", "儿童与安全", "儿童与教育", "儿童与福利", "儿童与家庭", "儿童与环境", "儿童与法律保护"),
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
                    List<Integer> numbers = domain.goals().stream().map(DraftGoal::number).toList();
                    assertEquals(IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers,
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
                assertTrue(d.targets().stream().anyMatch(t -> t.domainOrder() == domain.order()
                        && Integer.valueOf(goal.number()).equals(t.goalNumber())), domain.name() + " goal " + goal.number());
            }
        }
        DraftTarget qualitative = d.targets().stream().filter(t -> t.kind() == TargetKind.QUALITATIVE).findFirst().orElseThrow();
        assertEquals("覆盖城乡的儿童健康服务体系更加完善", qualitative.indicatorName());
    }

    @Test
    void measuresInStrategyParagraphsHaveNoGoalNumber() {
        DraftTarget visits = single("000").targets().stream()
                .filter(t -> t.indicatorName().equals("新生儿访视率")).findFirst().orElseThrow();
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
                    assertTrue(at >= 0 && at < first.length(), seed + ":" + t.line() + " does not start " + t.sourceText());
                }
            }
        }
    }

    @Test
    void aSentenceBrokenAcrossLinesIsReadWhole() {
        // 002:80-82: "…保持在 90% 以上，城乡、" / "" / "区域差距逐步缩小。"
        List<DraftTarget> gaps = single("002").targets().stream().filter(t -> t.kind() == TargetKind.GAP_NARROWING && t.line() == 80).toList();
        assertEquals(List.of("3岁以下儿童系统管理率", "7岁以下儿童健康管理率"), gaps.stream().map(DraftTarget::indicatorName).toList());
        PlanDraft d = parser.parse("（一）儿童与健康\n主要目标：\n1.新生儿访视率\n\n保持在90%以上，城乡\n差距逐步缩小。\n2.婴儿死亡率降至5‰以下。\n").get(0);
        assertEquals(List.of(3, 3, 7), d.targets().stream().map(DraftTarget::line).toList()); // where each sentence starts
        assertEquals("新生儿访视率", d.targets().get(0).indicatorName());
        assertEquals(TargetKind.GAP_NARROWING, d.targets().get(1).kind());
        assertEquals("新生儿访视率保持在90%以上,城乡差距逐步缩小。", d.domains().get(0).goals().get(0).text());
    }

    @Test
    void aMeasureThatRestatesAMainGoalsTargetIsNotASecondTarget() {
        PlanDraft d = single("000");
        List<DraftTarget> facilities = d.targets().stream().filter(t -> t.indicatorName().contains("兜底监护")).toList();
        assertEquals(1, facilities.size());
        assertEquals(214, facilities.get(0).line());
        assertEquals(List.of("restated among the measures at line 239"), facilities.get(0).notes());
        assertEquals(1, single("003").targets().stream().filter(t -> t.indicatorName().equals("0-6岁儿童眼保健和视力检查覆盖率")).count());
    }

    @Test
    void theLineBreakAtTheEndOfTheTextStartsNoLine() {
        assertEquals(413, single("000").lastLine()); // the file has 413 lines, the last one ends with a line break
        assertEquals(2, PlanTextParser.read("a\nb\n").count());
        assertEquals(3, PlanTextParser.read("a\nb\n\n").count());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"新生儿访视率达到90%以上", "2020年", "1%、", "死亡率"})
    void aMegabyteOnOneLineIsReadInLinearTime(String piece) {
        parser.parse(goal(piece, 1 << 16)); // the JIT compiles the reading first
        long start = System.nanoTime();
        PlanDraft d = parser.parse(goal(piece, 1 << 20)).get(0);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(!d.targets().isEmpty());
        // linear reading takes one to three seconds for 27,000 targets in a megabyte; quadratic reading took 11 s for far fewer
        assertTrue(millis < 8000, "1 MiB read in " + millis + " ms");
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
}
