package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.plandraft.parser.ParsingRules.Bound;
import io.planwatch.plandraft.parser.ParsingRules.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the targets of one normalised line by walking the tables of {@link ParsingRules}.
 * A line is cut into sentences (the source text of its targets) and sentences into clauses; a clause
 * holds groups of values ("3.0‰、5.0‰和6.0‰"), each bound by the comparator or verb around it.
 */
final class TargetExtractor {

    /** Where the line sits in the plan. {@code inGoals} is false inside 策略措施, where only numbers count. */
    record Place(int domainOrder, Integer goalNumber, boolean inGoals, int line) {
    }

    private record Token(int start, int end, BigDecimal value, BigDecimal upper, String unitText) {
    }

    private record Group(List<Token> tokens) {
        int start() {
            return tokens.get(0).start();
        }

        int end() {
            return tokens.get(tokens.size() - 1).end();
        }
    }

    private record Resolved(Bound bound, String name, boolean respectively, boolean countOnly, boolean listContinues) {
    }

    private TargetExtractor() {
    }

    static List<DraftTarget> extract(String normalizedLine, Place place) {
        List<DraftTarget> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(normalizedLine)) {
            if (sentence.isBlank()) {
                continue;
            }
            int year = DEFAULT_TARGET_YEAR;
            List<DraftTarget> inSentence = new ArrayList<>();
            String previousClause = "";
            for (String clause : CLAUSE_END.split(sentence)) {
                Matcher y = TARGET_YEAR.matcher(clause);
                if (y.find()) {
                    year = Integer.parseInt(y.group(1)); // holds for the rest of the sentence
                }
                for (DraftTarget t : clause(chineseCounts(clause), sentence, year, place, inSentence)) {
                    inSentence.add(TargetNames.withContext(t, previousClause, out, inSentence));
                }
                previousClause = clause;
            }
            out.addAll(inSentence);
        }
        return out;
    }

    /** 每年至少开展一次 → 每年至少开展1次 (see {@link ParsingRules#CHINESE_COUNT}). */
    static String chineseCounts(String clause) {
        Matcher m = CHINESE_COUNT.matcher(clause);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            char c = m.group("num").charAt(0);
            int value = c == '两' ? 2 : CHINESE_DIGITS.indexOf(c) + 1;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group("lead") + value + m.group("unit")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<DraftTarget> clause(String clause, String sentence, int year, Place place, List<DraftTarget> earlier) {
        List<DraftTarget> found = new ArrayList<>();
        Scope scope = scopeOf(clause);
        String text = clause;
        Matcher rc = RELATIVE_CHANGE.pattern().matcher(clause);
        if (rc.find()) {
            BigDecimal pct = new BigDecimal(rc.group(3));
            if (rc.group(2).matches("下降|降低|减少")) {
                pct = pct.negate();
            }
            String name = TargetNames.clean(clause.substring(0, rc.start()));
            found.add(new DraftTarget(place.domainOrder(), place.goalNumber(), name, TargetKind.RELATIVE_CHANGE, pct, null,
                    ValueUnit.PERCENT, false, false, year, scope, Integer.valueOf(rc.group(1)), pct, null, null, sentence,
                    place.line()));
            text = clause.substring(rc.end()); // the baseline year and the percentage are used up
        }
        found.addAll(numeric(text, clause, sentence, year, scope, place));
        if (found.isEmpty() && place.inGoals()) {
            found.addAll(WordTargets.read(clause, sentence, year, scope, place, earlier));
        }
        return found;
    }

    // ---------------------------------------------------------------- numbers

    private static List<DraftTarget> numeric(String text, String clause, String sentence, int year, Scope scope, Place place) {
        List<DraftTarget> out = new ArrayList<>();
        List<Group> groups = groups(text);
        Bound previous = null;
        int cursor = 0;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String pre = text.substring(cursor, group.start());
            String after = text.substring(group.end());
            Bound post = null;
            int postLength = 0;
            for (Rule<Bound> rule : COMPARATORS_AFTER) {
                Matcher m = rule.pattern().matcher(after);
                if (m.find()) {
                    post = rule.meaning();
                    postLength = m.end();
                    break;
                }
            }
            cursor = group.end() + postLength;
            int nextStart = g + 1 < groups.size() ? groups.get(g + 1).start() : text.length();
            String postRest = cursor <= nextStart ? text.substring(cursor, nextStart) : "";

            Resolved r = resolve(pre, post, previous);
            if (r == null && SHARE_FIRST.pattern().matcher(after).find()
                    && group.tokens().stream().allMatch(t -> "%".equals(t.unitText()))) {
                r = new Resolved(SHARE_FIRST.meaning(), "", false, false, true); // the name follows the value
            }
            if (r == null) {
                continue;
            }
            List<ValueUnit> units = units(group, clause);
            if (units == null || (r.countOnly() && units.stream().anyMatch(u -> u == ValueUnit.PERCENT || u == ValueUnit.PER_MILLE))) {
                continue;
            }
            previous = r.bound();
            String name = r.listContinues() ? TargetNames.clean(postRest) : TargetNames.combine(r.name(), postRest);
            List<String> names = TargetNames.split(name, group.tokens().size(), r.respectively());
            for (int i = 0; i < group.tokens().size(); i++) {
                Token t = group.tokens().get(i);
                String tokenName = names.size() == group.tokens().size() ? names.get(i) : name;
                if (names.size() > 1 && group.tokens().size() == 1) {
                    // one value shared by several listed indicators (3岁以下儿童系统管理率和7岁以下儿童健康管理率保持在90%以上)
                    for (String each : names) {
                        out.add(target(place, each, r.bound(), t.value(), t.upper(), units.get(i), year, scope, sentence));
                    }
                } else {
                    out.add(target(place, tokenName, r.bound(), t.value(), t.upper(), units.get(i), year, scope, sentence));
                }
            }
        }
        return out;
    }

    private static DraftTarget target(Place place, String name, Bound bound, BigDecimal value, BigDecimal upper, ValueUnit unit,
                                      int year, Scope scope, String sentence) {
        return new DraftTarget(place.domainOrder(), place.goalNumber(), name, bound.kind(), value, upper, unit, bound.strict(),
                bound.maintain(), year, scope, null, null, null, null, sentence, place.line());
    }

    /** Values in the text, minus ages, years and durations; consecutive values joined by 、/和 form one group. */
    private static List<Group> groups(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            String unit = m.group(3);
            if (unit == null && NOT_A_VALUE_AFTER.matcher(text.substring(m.end())).find()) {
                continue;
            }
            if (unit == null && m.end() < text.length() && text.charAt(m.end()) == '.') {
                continue; // an item number ("4.保障新生儿…") that was not stripped
            }
            tokens.add(new Token(m.start(), m.end(), new BigDecimal(m.group(1)),
                    m.group(2) == null ? null : new BigDecimal(m.group(2)), unit));
        }
        List<Group> groups = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (!current.isEmpty()) {
                String between = text.substring(current.get(current.size() - 1).end(), t.start());
                if (!VALUE_LIST_SEPARATOR.matcher(between).matches()) {
                    groups.add(new Group(current));
                    current = new ArrayList<>();
                }
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            groups.add(new Group(current));
        }
        return groups;
    }

    /** Decides the bound of a group from the words before and after it; null when nothing binds it. */
    private static Resolved resolve(String pre, Bound post, Bound previous) {
        String p = pre;
        Bound comparator = null;
        for (Rule<Bound> rule : COMPARATORS_BEFORE) {
            Matcher m = rule.pattern().matcher(p);
            if (m.find()) {
                comparator = rule.meaning();
                p = p.substring(0, m.start());
                break;
            }
        }
        Bound verb = null;
        for (Rule<Bound> rule : VERBS) {
            Matcher m = rule.pattern().matcher(p);
            if (m.find()) {
                verb = rule.meaning();
                p = p.substring(0, m.start());
                break;
            }
        }
        boolean countOnly = false;
        if (verb == null) {
            Matcher m = ESTABLISH_COUNT.pattern().matcher(p);
            if (m.find()) {
                verb = ESTABLISH_COUNT.meaning();
                countOnly = true;
                p = p.substring(0, m.start());
            }
        }
        if (comparator == null) {
            for (Rule<Bound> rule : COMPARATORS_BEFORE) {
                Matcher m = rule.pattern().matcher(p);
                if (m.find()) {
                    comparator = rule.meaning();
                    p = p.substring(0, m.start());
                    break;
                }
            }
        }
        boolean respectively = false;
        Matcher resp = RESPECTIVELY.matcher(p);
        if (resp.find()) {
            respectively = true;
            p = p.substring(0, resp.start());
        }
        Bound anywhere = null;
        if (comparator == null && post == null && verb == null) {
            for (Rule<Bound> rule : COMPARATORS_ANYWHERE) {
                Matcher m = rule.pattern().matcher(p);
                if (m.find()) {
                    anywhere = rule.meaning();
                    p = p.substring(0, m.start()) + p.substring(m.end());
                    break;
                }
            }
        }
        boolean maintain = verb != null && verb.maintain();
        Bound bound;
        if (comparator != null) {
            bound = new Bound(comparator.kind(), comparator.strict(), maintain);
        } else if (post != null) {
            bound = new Bound(post.kind(), false, maintain);
        } else if (verb != null) {
            bound = verb;
        } else if (anywhere != null) {
            bound = anywhere;
        } else if (previous != null && pre.startsWith("、")) {
            bound = previous; // 床位3.17张 after 医生1.12名: the list shares the first item's bound
        } else if (previous != null && (pre.endsWith("和") || pre.endsWith("、"))) {
            return new Resolved(previous, p, false, false, true); // …1家社会组织和1支志愿者队伍: name after the value
        } else {
            return null;
        }
        return new Resolved(bound, p, respectively, countOnly, false);
    }

    /** The unit of each value of a group; null when the group has no unit at all and is no ratio. */
    private static List<ValueUnit> units(Group group, String clause) {
        String shared = null;
        for (Token t : group.tokens()) {
            if (t.unitText() != null) {
                shared = t.unitText();
            }
        }
        if (shared == null) {
            return null;
        }
        List<ValueUnit> units = new ArrayList<>();
        for (Token t : group.tokens()) {
            units.add(unitOf(t.unitText() != null ? t.unitText() : shared, clause));
        }
        return units;
    }

    static ValueUnit unitOf(String unitText, String clause) {
        for (Rule<ValueUnit> rule : UNITS) {
            if (rule.pattern().matcher(unitText).matches()) {
                if (rule.meaning() == ValueUnit.COUNT) {
                    for (Rule<ValueUnit> context : PER_THOUSAND_CONTEXT) {
                        if (context.pattern().matcher(clause).find()) {
                            return context.meaning();
                        }
                    }
                }
                return rule.meaning();
            }
        }
        return ValueUnit.NONE;
    }

    private static Scope scopeOf(String clause) {
        for (Rule<Scope> rule : SCOPES) {
            if (rule.pattern().matcher(clause).find()) {
                return rule.meaning();
            }
        }
        return Scope.JURISDICTION;
    }

}
