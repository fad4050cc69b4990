package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.COUNT_SUFFIX;
import static io.planwatch.plandraft.parser.ParsingRules.FILLER;
import static io.planwatch.plandraft.parser.ParsingRules.FRAME_WORDS;
import static io.planwatch.plandraft.parser.ParsingRules.LOWER_IS_BETTER_NAMES;
import static io.planwatch.plandraft.parser.ParsingRules.RATE_NAME;
import static io.planwatch.plandraft.parser.ParsingRules.UNITS_BY_NAME;

import io.planwatch.plandraft.parser.ParsingRules.Rule;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Finds the library indicator a target's name refers to, by name or synonym after normalisation, or
 * proposes a new one. Pure function of its arguments: the caller loads the library. The words it
 * normalises and guesses by are in {@link ParsingRules}.
 */
public final class IndicatorMatcher {

    private IndicatorMatcher() {}

    /** Null when the name is blank: the text named no indicator, and a person must give one on adoption. */
    public static IndicatorMatch match(String nameAsWritten, List<LibraryIndicator> library) {
        return match(nameAsWritten, null, null, library);
    }

    /**
     * @param unitHint     the unit the target was written in; used for a proposal, ignored for a library match
     * @param polarityHint the direction the plan's targets on this name state (降至…以下: lower is better); for a
     *                     proposal, it wins over a guess from the name
     */
    public static IndicatorMatch match(
            String nameAsWritten, Unit unitHint, Polarity polarityHint, List<LibraryIndicator> library) {
        String normalized = normalize(nameAsWritten == null ? "" : nameAsWritten);
        if (normalized.isBlank()) {
            return null;
        }
        for (LibraryIndicator indicator : library) {
            if (normalize(indicator.name()).equals(normalized)) {
                return found(nameAsWritten, normalized, IndicatorMatch.How.EXACT, indicator);
            }
        }
        List<String> alike = IndicatorSynonyms.namesLike(normalized);
        for (LibraryIndicator indicator : library) {
            List<String> names = new ArrayList<>();
            names.add(normalize(indicator.name()));
            indicator.synonyms().forEach(s -> names.add(normalize(s)));
            if (names.contains(normalized) || names.stream().anyMatch(alike::contains)) {
                return found(nameAsWritten, normalized, IndicatorMatch.How.SYNONYM, indicator);
            }
        }
        String proposedName =
                FRAME_WORDS.matcher(TextNormalizer.normalize(nameAsWritten)).replaceAll("");
        return new IndicatorMatch(
                nameAsWritten,
                normalized,
                IndicatorMatch.How.PROPOSED,
                suggestedCode(normalized),
                proposedName,
                proposedUnit(normalized, unitHint),
                polarityHint != null ? polarityHint : polarityOf(normalized));
    }

    /**
     * One match per target, in the draft's order (null where a target names no indicator); equal names get the same
     * proposal, with the polarity the first target on that name that states a direction gives.
     */
    public static List<IndicatorMatch> matchAll(PlanDraft draft, List<LibraryIndicator> library) {
        Map<String, Polarity> stated = new HashMap<>();
        for (DraftTarget t : draft.targets()) {
            Polarity p = ParsingRules.polarityStatedBy(
                    t.kind(), t.kind() == TargetKind.ANNUAL_CHANGE ? t.changePerYear() : t.changePct());
            if (p != null) {
                stated.putIfAbsent(normalize(t.indicatorName()), p);
            }
        }
        List<IndicatorMatch> out = new ArrayList<>();
        for (DraftTarget t : draft.targets()) {
            // a relative change is written in percent whatever the indicator's own unit
            boolean unitIsIndicators = t.kind().isNumeric() && t.kind() != TargetKind.RELATIVE_CHANGE;
            out.add(match(
                    t.indicatorName(),
                    unitIsIndicators ? t.unit() : null,
                    stated.get(normalize(t.indicatorName())),
                    library));
        }
        return out;
    }

    public static String normalize(String name) {
        String s = TextNormalizer.normalize(name);
        s = FRAME_WORDS.matcher(s).replaceAll("");
        s = FILLER.matcher(s).replaceAll("");
        return COUNT_SUFFIX.matcher(s).replaceAll("");
    }

    /** The guess from the name alone, for a proposal whose targets state no direction. */
    public static Polarity polarityOf(String name) {
        return LOWER_IS_BETTER_NAMES.matcher(name).find() ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
    }

    /** NEW- and a hash of the normalised name: stable across runs and plans, so one name proposes one indicator. */
    static String suggestedCode(String normalized) {
        CRC32 crc = new CRC32();
        crc.update(normalized.getBytes(StandardCharsets.UTF_8));
        return "NEW-" + String.format(Locale.ROOT, "%08X", crc.getValue());
    }

    private static Unit proposedUnit(String normalized, Unit hint) {
        if (hint != null && hint != Unit.NONE) {
            return hint == Unit.COUNT && RATE_NAME.matcher(normalized).find() ? Unit.PERCENT : hint;
        }
        for (Rule<Unit> rule : UNITS_BY_NAME) {
            if (rule.pattern().matcher(normalized).find()) {
                return rule.meaning();
            }
        }
        return Unit.COUNT;
    }

    private static IndicatorMatch found(
            String asWritten, String normalized, IndicatorMatch.How how, LibraryIndicator indicator) {
        return new IndicatorMatch(
                asWritten, normalized, how, indicator.code(), indicator.name(), indicator.unit(), indicator.polarity());
    }
}
