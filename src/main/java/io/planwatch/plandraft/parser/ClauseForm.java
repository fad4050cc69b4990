package io.planwatch.plandraft.parser;

import io.planwatch.plandraft.parser.TargetExtractor.Site;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One way a clause states targets, with its precedence and its own name surgery: the reader finds the rule's words in
 * the clause and cuts the indicator name out of the words around them. {@link TargetExtractor} runs the forms of every
 * family in order of precedence (lower first) and keeps what the winning forms read.
 *
 * @param name       the {@link ParsingRules} rule the form follows, as drafts list it
 * @param precedence lower is tried first; unique over all families
 */
record ClauseForm(String name, Family family, int precedence, Reader reader) {

    /** How the forms of a family share a clause. */
    enum Family {
        /** A change (以2020年为基数下降20%, 每年降低0.5个百分点): the first that reads wins; the words after its match go on to VALUES. */
        CHANGE(true, false),
        /** Numbers bound by the words around them; reads every value the change left. */
        VALUES(false, false),
        /** Targets without a number (全覆盖, 差距缩小, 持续下降): only in a clause nothing else read; the first that reads wins. */
        WORDS(true, true);

        final boolean firstWins;
        final boolean onlyAlone;

        Family(boolean firstWins, boolean onlyAlone) {
            this.firstWins = firstWins;
            this.onlyAlone = onlyAlone;
        }
    }

    /** What a form read of a clause: its targets, and where the words left to later forms start. */
    record Reading(List<DraftTarget> targets, int restFrom) {}

    @FunctionalInterface
    interface Reader {
        /**
         * Reads {@code clause} from offset {@code from}; null when the form does not apply (a reading with no targets
         * still wins: 区域差距缩小 is read as a gap no dimension measures, and nothing else reads it).
         */
        Reading read(String clause, int from, Site site, List<DraftTarget> earlier);
    }

    /** Every form of every family, in the order they are tried. */
    static final List<ClauseForm> BY_PRECEDENCE = Stream.of(ChangeForms.FORMS, ValueForms.FORMS, WordForms.FORMS)
            .flatMap(List::stream)
            .sorted(Comparator.comparingInt(ClauseForm::precedence))
            .toList();
}
