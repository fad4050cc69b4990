package io.planwatch.plandraft.parser;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;

/**
 * The indicator a target's name refers to: one of the library ({@code how} EXACT or SYNONYM) or a proposal
 * for a new one (PROPOSED, with a suggested code, unit and polarity for a person to confirm on adoption).
 *
 * @param nameAsWritten  the name in the plan text
 * @param normalizedName the name after {@link IndicatorMatcher#normalize}
 * @param code           the library code, or the suggested code of a proposal (NEW-…)
 * @param name           the library name, or for a proposal the name as written without its frame words (全县…)
 */
public record IndicatorMatch(
        String nameAsWritten, String normalizedName, How how, String code, String name, Unit unit, Polarity polarity) {

    public enum How {
        EXACT,
        SYNONYM,
        PROPOSED
    }

    public boolean proposed() {
        return how == How.PROPOSED;
    }
}
