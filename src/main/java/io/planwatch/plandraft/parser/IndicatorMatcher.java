package io.planwatch.plandraft.parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Finds the library indicator a target's name refers to, by name or synonym after normalisation, or
 * proposes a new one. Pure function of its arguments: the caller loads the library.
 */
public final class IndicatorMatcher {

    // Words that place or frame the indicator without changing what is measured: 全县婴儿死亡率 is 婴儿死亡率.
    private static final Pattern FRAME_WORDS = Pattern.compile("^(全县|全市|全区|全省|全镇|我县|我市|我区|城乡|各级)+");
    private static final Pattern FILLER = Pattern.compile("的");
    // What goes down is progress for these; everything else a plan measures should go up.
    private static final Pattern LOWER_IS_BETTER = Pattern.compile(
            "死亡率|发生率|患病率|患率|近视率|肥胖率|超重率|贫血率|迟缓率|低体重|流行率|发病率|感染率|出生率|犯罪|辍学率|文盲率"
                    + "|剖宫产率|吸烟率|差距|缺陷");
    // Deaths from these causes are counted per 100,000, not per 1,000 like infant and child mortality.
    private static final Pattern PER_100K_DEATHS = Pattern.compile("(孕产妇|伤害|溺水|自杀)死亡率$");

    private IndicatorMatcher() {
    }

    public static IndicatorMatch match(String nameAsWritten, List<LibraryIndicator> library) {
        return match(nameAsWritten, null, library);
    }

    /** @param unitHint the unit the target was written in; used for a proposal, ignored for a library match */
    public static IndicatorMatch match(String nameAsWritten, ValueUnit unitHint, List<LibraryIndicator> library) {
        String normalized = normalize(nameAsWritten);
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
            boolean same = names.contains(normalized) || names.stream().anyMatch(alike::contains);
            if (same) {
                return found(nameAsWritten, normalized, IndicatorMatch.How.SYNONYM, indicator);
            }
        }
        return new IndicatorMatch(nameAsWritten, normalized, IndicatorMatch.How.PROPOSED, suggestedCode(normalized), normalized,
                proposedUnit(normalized, unitHint), polarityOf(normalized));
    }

    /** One match per target, in the draft's order; equal names get the same proposal. */
    public static List<IndicatorMatch> matchAll(PlanDraft draft, List<LibraryIndicator> library) {
        List<IndicatorMatch> out = new ArrayList<>();
        for (DraftTarget t : draft.targets()) {
            // a relative change is written in percent whatever the indicator's own unit
            boolean unitIsIndicators = t.kind().isNumeric() && t.kind() != TargetKind.RELATIVE_CHANGE;
            out.add(match(t.indicatorName(), unitIsIndicators ? t.unit() : null, library));
        }
        return out;
    }

    public static String normalize(String name) {
        String s = TextNormalizer.normalize(name);
        s = FRAME_WORDS.matcher(s).replaceAll("");
        return FILLER.matcher(s).replaceAll("");
    }

    public static Polarity polarityOf(String name) {
        return LOWER_IS_BETTER.matcher(name).find() ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
    }

    /** NEW- and a hash of the normalised name: stable across runs and plans, so one name proposes one indicator. */
    static String suggestedCode(String normalized) {
        CRC32 crc = new CRC32();
        crc.update(normalized.getBytes(StandardCharsets.UTF_8));
        return "NEW-" + String.format(Locale.ROOT, "%08X", crc.getValue());
    }

    private static ValueUnit proposedUnit(String normalized, ValueUnit hint) {
        if (hint != null && hint != ValueUnit.NONE) {
            return hint == ValueUnit.COUNT && normalized.endsWith("率") ? ValueUnit.PERCENT : hint;
        }
        if (normalized.endsWith("死亡率")) {
            return PER_100K_DEATHS.matcher(normalized).find() ? ValueUnit.PER_100K : ValueUnit.PER_MILLE;
        }
        if (normalized.endsWith("率") || normalized.endsWith("比例") || normalized.endsWith("占比") || normalized.endsWith("比重")) {
            return ValueUnit.PERCENT;
        }
        if (normalized.endsWith("性别比")) {
            return ValueUnit.RATIO;
        }
        return ValueUnit.COUNT;
    }

    private static IndicatorMatch found(String asWritten, String normalized, IndicatorMatch.How how, LibraryIndicator indicator) {
        return new IndicatorMatch(asWritten, normalized, how, indicator.code(), indicator.name(), indicator.unit(),
                indicator.polarity());
    }
}
