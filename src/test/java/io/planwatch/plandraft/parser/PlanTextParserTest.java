package io.planwatch.plandraft.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

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
    void everyTargetPointsAtTheLineItWasReadFrom() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            String[] lines = Seeds.text(seed).split("\\r\\n|\\r|\\n", -1);
            for (PlanDraft d : parser.parse(Seeds.text(seed))) {
                for (DraftTarget t : d.targets()) {
                    String line = TextNormalizer.normalize(lines[t.line() - 1]);
                    assertTrue(line.contains(t.sourceText()) || t.kind() == TargetKind.QUALITATIVE,
                            seed + ":" + t.line() + " does not hold " + t.sourceText());
                }
            }
        }
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
