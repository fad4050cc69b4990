package io.planwatch.plandraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planwatch.plandraft.parser.IndicatorMatcher;
import io.planwatch.plandraft.parser.PlanDraft;
import io.planwatch.plandraft.parser.PlanTextParser;
import io.planwatch.sample.SampleCorrections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sample corrections address draft targets by what the text says, and fail loudly when the draft no longer says it. */
class SampleCorrectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "鹿寨县儿童发展规划\n（一）儿童与健康\n主要目标：\n"
            + "1.覆盖城乡的儿童健康服务体系更加完善。\n"
            + "2.新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、5.0‰和6.0‰以下，城乡差距逐步缩小。\n"
            + "3.重视儿童口腔保健和疾病预防，降低龋患率。\n";

    private final DraftDto draft = draft();

    @Test
    void aCorrectionLandsOnTheTargetItNames() throws Exception {
        List<ObjectNode> resolved = SampleCorrections.resolve(json("""
                [{"target": {"line": 6, "name": "龋患率"}, "indicator": "CH-HEALTH-CARIES12", "why": "…"},
                 {"target": {"line": 5, "name": "婴儿死亡率", "kind": "GAP_NARROWING"}, "skip": true},
                 {"target": {"line": 4, "name": "覆盖城乡的儿童健康服务体系"}, "leadDepartment": "450223-WJ"}]"""), JSON.createObjectNode(), draft, "test");
        assertEquals(
                List.of(7, 5, 0),
                resolved.stream().map(c -> c.get("index").asInt()).toList());
        assertEquals("CH-HEALTH-CARIES12", resolved.get(0).get("indicator").asText());
        assertTrue(!resolved.get(0).has("target") && !resolved.get(0).has("why"), resolved.get(0)::toString);
    }

    @Test
    void aCorrectionWhoseTargetTheDraftNoLongerHasFailsTheLoad() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> SampleCorrections.resolve(
                        json(
                                "[{\"target\": {\"line\": 5, \"name\": \"生长迟缓率\"}, \"indicator\": \"CH-HEALTH-U5-STUNTING\"}]"),
                        JSON.createObjectNode(),
                        draft,
                        "sample 000"));
        assertTrue(
                e.getMessage().contains("sample 000")
                        && e.getMessage().contains("matches 0")
                        && e.getMessage().contains("婴儿死亡率"),
                e.getMessage());
    }

    @Test
    void aCorrectionThatFitsTwoTargetsFailsTheLoad() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> SampleCorrections.resolve(
                        json("[{\"target\": {\"line\": 5, \"name\": \"婴儿死亡率\"}, \"value\": 4.5}]"),
                        JSON.createObjectNode(),
                        draft,
                        "sample"));
        assertTrue(e.getMessage().contains("matches 2"), e.getMessage());
    }

    @Test
    void aCorrectionByIndexAloneIsRefused() {
        assertThrows(
                IllegalStateException.class,
                () -> SampleCorrections.resolve(
                        json("[{\"index\": 3, \"value\": 4.5}]"), JSON.createObjectNode(), draft, "sample"));
    }

    @Test
    void everyTargetTakesItsDomainsLeadUnlessACorrectionNamesOne() throws Exception {
        List<ObjectNode> resolved = SampleCorrections.resolve(
                json("[{\"target\": {\"line\": 6, \"name\": \"龋患率\"}, \"leadDepartment\": \"450223-JY\"}]"),
                json("{\"1\": \"450223-WJ\"}"),
                draft,
                "test");
        assertEquals(draft.targets().size(), resolved.size());
        assertEquals("450223-JY", resolved.get(0).get("leadDepartment").asText());
        assertTrue(resolved.stream()
                .skip(1)
                .allMatch(c -> c.get("leadDepartment").asText().equals("450223-WJ")));
    }

    private static DraftDto draft() {
        PlanDraft d = new PlanTextParser().parse(PLAN).get(0);
        return DraftDto.of(d, IndicatorMatcher.matchAll(d, List.of()), List.of());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
