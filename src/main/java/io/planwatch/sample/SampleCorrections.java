package io.planwatch.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planwatch.plandraft.DraftDto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a sample bundle's corrections into adoption corrections. A bundle names the target it corrects by what the
 * text says, not by its index in the draft, so a parser change that moves targets cannot make a correction land on
 * another target:
 * <pre>{"target": {"line": 62, "name": "龋患率"}, "indicator": "CH-HEALTH-CARIES12", "why": "…"}</pre>
 * {@code name} is the indicator name as read (a qualitative target: the start of its goal text); {@code kind} and
 * {@code value} may narrow the choice. A correction that finds no target, or more than one, fails the load and says
 * what the draft has at that line. {@code why} is for the reader of the bundle.
 */
public final class SampleCorrections {

    private SampleCorrections() {}

    /**
     * @param corrections  the bundle's corrections
     * @param leadByDomain the lead department of each domain's targets (domain order as text → department code), may be
     *                     empty; a correction that names a lead keeps it
     * @return the corrections the adoption request takes, one per target index
     */
    public static List<ObjectNode> resolve(JsonNode corrections, JsonNode leadByDomain, DraftDto draft, String where) {
        Map<Integer, ObjectNode> byIndex = new LinkedHashMap<>();
        for (JsonNode c : corrections) {
            int index = indexOf(c.path("target"), draft, where);
            ObjectNode correction = c.deepCopy();
            correction.remove("target");
            correction.remove("why");
            correction.put("index", index);
            if (byIndex.put(index, correction) != null) {
                throw new IllegalStateException(
                        where + ": two corrections address target " + index + " (" + c.path("target") + ")");
            }
        }
        for (DraftDto.Target t : draft.targets()) {
            JsonNode lead = leadByDomain.path(Integer.toString(t.domain()));
            if (lead.isTextual()) {
                ObjectNode correction = byIndex.computeIfAbsent(
                        t.index(), i -> JsonNodeFactory.instance.objectNode().put("index", i));
                if (!correction.has("leadDepartment")) {
                    correction.put("leadDepartment", lead.asText());
                }
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    private static int indexOf(JsonNode address, DraftDto draft, String where) {
        if (!address.path("line").isInt() || !address.path("name").isTextual()) {
            throw new IllegalStateException(
                    where + ": a correction must address its target as {\"target\": {\"line\": …, \"name\": …}}, not "
                            + address);
        }
        int line = address.get("line").asInt();
        String name = address.get("name").asText();
        List<DraftDto.Target> atLine =
                draft.targets().stream().filter(t -> t.line() == line).toList();
        List<DraftDto.Target> found = atLine.stream()
                .filter(t -> name.equals(nameOf(t))
                        || (t.indicator() == null && t.sourceText().startsWith(name)))
                .filter(t -> !address.has("kind")
                        || address.get("kind").asText().equals(t.kind().name()))
                .filter(t -> !address.has("value")
                        || (t.value() != null
                                && t.value()
                                                .compareTo(new BigDecimal(
                                                        address.get("value").asText()))
                                        == 0))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException(where + ": the correction for " + address + " matches " + found.size()
                    + " draft targets; at line " + line + " the draft has "
                    + atLine.stream().map(SampleCorrections::describe).toList()
                    + ". The parser reads the text differently now: check the correction and address it again");
        }
        return found.get(0).index();
    }

    private static String nameOf(DraftDto.Target t) {
        return t.indicator() == null ? null : t.indicator().asWritten();
    }

    private static String describe(DraftDto.Target t) {
        return "#" + t.index() + " " + t.kind()
                + (t.value() == null ? "" : " " + t.value().toPlainString()) + " "
                + (t.indicator() == null
                        ? "「" + t.sourceText() + "」"
                        : t.indicator().asWritten());
    }
}
