package io.planwatch.plandraft.parser;

/**
 * A clause with a number the rules did not turn into a target, listed in the draft so a person sees what was not read.
 *
 * @param line     1-based line on which its sentence starts
 * @param sentence the sentence, normalised as target source texts are
 * @param start    offset of the clause in the sentence (0-based)
 * @param end      end of the clause in the sentence (exclusive)
 */
public record UnreadClause(int line, String sentence, int start, int end) {

    /** The clause itself. */
    public String clause() {
        return sentence.substring(start, end);
    }
}
