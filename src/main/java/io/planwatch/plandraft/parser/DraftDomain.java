package io.planwatch.plandraft.parser;

import java.util.List;

/**
 * A development domain (（一）儿童与健康) in the order the plan lists it.
 * {@code nameInferred} is true when the text had no heading and the name was taken from the national
 * outline's fixed list of domains (seed 003 loses two headings in its conversion to text).
 */
public record DraftDomain(int order, String name, boolean nameInferred, int line, List<DraftGoal> goals) {
    public DraftDomain {
        goals = List.copyOf(goals);
    }
}
