package io.planwatch.plandraft.parser;

import io.planwatch.plandraft.parser.ParsingRules.Bound;
import io.planwatch.plandraft.parser.ParsingRules.GapGroups;
import io.planwatch.plandraft.parser.ParsingRules.Rule;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

import static io.planwatch.plandraft.parser.ParsingRules.*;

/**
 * Reads the targets of one block of normalised text (a line, or lines a sentence runs across) by walking the
 * tables of {@link ParsingRules}. A block is cut into sentences (the source text of its targets) and sentences
 * into clauses; a clause holds groups of values ("3.0‰、5.0‰和6.0‰"), each bound by the comparator or verb around it.
 */
final class TargetExtractor {

    /** Where a block sits in the plan. {@code inGoals} is false inside 策略措施, where words without numbers are actions. */
    record Place(int domainOrder, Integer goalNumber, boolean inGoals, LineMap lines) {
        Place(int domainOrder, Integer goalNumber, boolean inGoals, int line) {
            this(domainOrder, goalNumber, inGoals, LineMap.single(line));
        }
    }

    /** The 1-based input line of each offset of a block joined from several lines. */
    record LineMap(int[] offsets, int[] lines) {
        static LineMap single(int line) {
            return new LineMap(new int[] {0}, new int[] {line});
        }

        int lineAt(int offset) {
            int i = Arrays.binarySearch(offsets, offset);
            return lines[i >= 0 ? i : Math.max(0, -i - 2)];
        }
    }

    /**
     * Scope, review notes and subject of a clause; a clause that starts with its verb has those of the clause before
     * ({@code inherited}), whose subject then names what it counts.
     */
    record Frame(Scope scope, List<String> notes, String subject, boolean inherited) {
        static final Frame NONE = new Frame(Scope.JURISDICTION, List.of(), "", false);
    }

    /** What every target of a clause shares: where it was read, its sentence, its target year and its frame. */
    record Site(Place place, int line, String sentence, int year, Frame frame) {
        DraftTarget bound(String name, Bound bound, BigDecimal value, BigDecimal upper, Unit unit, boolean yearly) {
            DraftTarget t = new DraftTarget(place.domainOrder(), place.goalNumber(), name, bound.kind(), value, upper, unit, bound.strict(),
                    bound.maintain() || yearly, year, frame.scope(), null, null, null, null, sentence, line, frame.notes());
            return upper == null ? t : t.withNote(String.format(RANGE_NOTE, value.toPlainString(), upper.toPlainString(), bound.kind()));
        }

        DraftTarget relative(String name, int baselineYear, BigDecimal changePct) {
            return new DraftTarget(place.domainOrder(), place.goalNumber(), name, TargetKind.RELATIVE_CHANGE, changePct, null,
                    Unit.PERCENT, false, false, year, frame.scope(), baselineYear, changePct, null, null, sentence, line, frame.notes());
        }

        DraftTarget words(String name, TargetKind kind, GapGroups gap) {
            return new DraftTarget(place.domainOrder(), place.goalNumber(), name, kind, null, null, Unit.NONE, false, false, year,
                    frame.scope(), null, null, null, gap, sentence, line, frame.notes());
        }
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

    /** How a group of values is bound; {@code nameFollows}: the name is written after the value (95%的城市社区…). */
    private record Resolved(Bound bound, String name, boolean respectively, boolean countOnly, boolean nameFollows, boolean yearly) {
    }

    private TargetExtractor() {
    }

    static List<DraftTarget> extract(String block, Place place) {
        List<DraftTarget> out = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(block);
        int start = 0;
        while (start < block.length()) {
            int stop = end.find() ? end.start() : block.length();
            String sentence = block.substring(start, stop);
            if (!sentence.isBlank()) {
                out.addAll(sentence(sentence, place, place.lines().lineAt(start), out));
            }
            start = stop + 1;
        }
        return out;
    }

    private static List<DraftTarget> sentence(String sentence, Place place, int line, List<DraftTarget> before) {
        int year = DEFAULT_TARGET_YEAR;
        List<DraftTarget> found = new ArrayList<>();
        String previousClause = "";
        Frame frame = Frame.NONE;
        for (String written : CLAUSE_END.split(sentence)) {
            Matcher y = TARGET_YEAR.matcher(written);
            if (y.find()) {
                year = Integer.parseInt(y.group(1)); // holds for the rest of the sentence
            }
            String clause = chineseCounts(written);
            frame = frame(clause, frame);
            Site site = new Site(place, line, sentence, year, frame);
            for (String part : insideAndOutside(clause)) {
                for (DraftTarget t : clause(part, site, found)) {
                    found.add(TargetNames.withContext(t, previousClause, before, found));
                }
            }
            previousClause = written;
        }
        return found;
    }

    /** 每年至少开展一次 → 每年至少开展1次 (see {@link ParsingRules#CHINESE_COUNT}). */
    static String chineseCounts(String clause) {
        Matcher m = CHINESE_COUNT.matcher(clause);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            char c = m.group("num").charAt(0);
            int value = c == CHINESE_TWO ? 2 : CHINESE_DIGITS.indexOf(c) + 1;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group("lead") + value + m.group("unit")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 校内外各1小时 is read as 校内1小时 and 校外1小时. */
    private static List<String> insideAndOutside(String clause) {
        Matcher m = INSIDE_AND_OUTSIDE.matcher(clause);
        if (!m.find()) {
            return List.of(clause);
        }
        String head = clause.substring(0, m.start()) + m.group("place");
        String tail = clause.substring(m.end());
        return INSIDE_THEN_OUTSIDE.stream().map(side -> head + side + tail).toList();
    }

    /** The clause's own scope and notes, or those of the clause before when it starts with its verb. */
    private static Frame frame(String clause, Frame previous) {
        if (SUBJECTLESS_CLAUSE.matcher(clause).lookingAt()) {
            return new Frame(previous.scope(), previous.notes(), previous.subject(), true);
        }
        Scope scope = Scope.JURISDICTION;
        for (Rule<Scope> rule : SCOPES) {
            if (rule.pattern().matcher(clause).find()) {
                scope = rule.meaning();
            }
        }
        for (Rule<Scope> rule : SCOPES_PER_UNIT) {
            if (rule.pattern().matcher(clause).find()) {
                scope = rule.meaning();
            }
        }
        List<String> notes = new ArrayList<>();
        for (Rule<String> rule : PER_FACILITY) {
            Matcher m = rule.pattern().matcher(clause);
            if (m.find()) {
                notes.add(String.format(rule.meaning(), m.group("unit")));
                break;
            }
        }
        Matcher subject = COUNT_SUBJECT.matcher(clause);
        return new Frame(scope, notes, subject.lookingAt() ? TargetNames.clean(subject.group("subject")) : "", false);
    }

    private static List<DraftTarget> clause(String clause, Site site, List<DraftTarget> earlier) {
        List<DraftTarget> found = new ArrayList<>();
        String text = clause;
        Matcher rc = RELATIVE_CHANGE.pattern().matcher(clause);
        if (rc.find()) {
            BigDecimal pct = new BigDecimal(rc.group(3));
            if (RELATIVE_CHANGE_DOWN.matcher(rc.group(2)).matches()) {
                pct = pct.negate();
            }
            found.add(site.relative(TargetNames.clean(clause.substring(0, rc.start())), Integer.parseInt(rc.group(1)), pct));
            text = clause.substring(rc.end()); // the baseline year and the percentage are used up
        }
        found.addAll(numeric(text, clause, site));
        if (found.isEmpty()) {
            found.addAll(WordTargets.read(clause, site, earlier));
        }
        return TargetNames.perGroup(found, clause);
    }

    // ---------------------------------------------------------------- numbers

    private static List<DraftTarget> numeric(String text, String clause, Site site) {
        List<DraftTarget> out = new ArrayList<>();
        List<Boolean> shareFirst = new ArrayList<>();
        List<Group> groups = groups(text);
        String perThousand = perThousandPhrase(clause);
        Bound previous = null;
        int cursor = 0; // end of the last group that was read: its words are no part of the next name
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String pre = text.substring(Math.max(cursor, group.start() - NAME_CONTEXT_MAX), group.start());
            Bound post = null;
            int postEnd = group.end();
            for (Rule<Bound> rule : COMPARATORS_AFTER) {
                Matcher m = rule.pattern().matcher(text).region(group.end(), text.length());
                if (m.lookingAt()) {
                    post = rule.meaning();
                    postEnd = m.end();
                    break;
                }
            }
            int nextStart = g + 1 < groups.size() ? groups.get(g + 1).start() : text.length();
            String postRest = postEnd <= nextStart ? text.substring(postEnd, Math.min(nextStart, postEnd + NAME_CONTEXT_MAX)) : "";

            Resolved r = resolve(pre, post, previous);
            if (r == null && SHARE_FIRST.pattern().matcher(text).region(group.end(), text.length()).lookingAt()
                    && group.tokens().stream().allMatch(t -> "%".equals(t.unitText()))) {
                r = new Resolved(SHARE_FIRST.meaning(), "", false, false, true, false);
            }
            if (r == null) {
                continue;
            }
            List<Unit> units = units(group, perThousand);
            if (units == null || (r.countOnly() && units.stream().anyMatch(u -> u == Unit.PERCENT || u == Unit.PER_MILLE))) {
                continue;
            }
            cursor = postEnd;
            previous = r.bound();
            boolean ownName = TargetNames.hasChinese(TargetNames.clean(r.name()));
            boolean follows = r.nameFollows() || !ownName;
            String name = r.nameFollows() ? TargetNames.clean(TargetNames.cut(postRest)) : TargetNames.combine(r.name(), postRest);
            if (!r.nameFollows() && !ownName && site.frame().inherited() && !site.frame().subject().isEmpty()) {
                name = TargetNames.combine(site.frame().subject(), postRest); // ,至少配备2名… of 每所乡镇卫生院
            } else if (r.nameFollows() && !out.isEmpty() && units.get(0) == Unit.COUNT) {
                name = TargetNames.withModifierOf(out.get(out.size() - 1).indicatorName(), name); // …的社会组织和1支志愿者队伍
            }
            List<String> names = TargetNames.split(name, group.tokens().size(), r.respectively());
            for (int i = 0; i < group.tokens().size(); i++) {
                Token t = group.tokens().get(i);
                List<String> each = names.size() == group.tokens().size() ? List.of(names.get(i))
                        : group.tokens().size() == 1 ? names // one value shared by several listed indicators
                        : List.of(name);
                for (String one : each) {
                    String named = TargetNames.forUnit(one, units.get(i), t.unitText(), perThousand);
                    out.add(site.bound(named, r.bound(), t.value(), t.upper(), units.get(i), r.yearly()));
                    shareFirst.add(follows && units.get(i) == Unit.PERCENT);
                }
            }
        }
        return TargetNames.sharesWrittenFirst(out, shareFirst);
    }

    /** Values in the text, minus ages, years and durations; consecutive values joined by 、/和 form one group. */
    private static List<Group> groups(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = VALUE.matcher(text);
        Matcher notAValue = NOT_A_VALUE_AFTER.matcher(text);
        Matcher itemNumber = ITEM_NUMBER_AFTER.matcher(text);
        while (m.find()) {
            String unit = m.group(3);
            if (unit == null && notAValue.region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            if (unit == null && itemNumber.region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            tokens.add(new Token(m.start(), m.end(), new BigDecimal(m.group(1)),
                    m.group(2) == null ? null : new BigDecimal(m.group(2)), unit));
        }
        List<Group> groups = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher separator = VALUE_LIST_SEPARATOR.matcher(text);
        for (Token t : tokens) {
            if (!current.isEmpty() && !separator.region(current.get(current.size() - 1).end(), t.start()).matches()) {
                groups.add(new Group(current));
                current = new ArrayList<>();
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
        Bound comparator = firstAtEnd(COMPARATORS_BEFORE, p);
        if (comparator != null) {
            p = cutAtEnd(COMPARATORS_BEFORE, p);
        }
        Bound verb = firstAtEnd(VERBS, p);
        if (verb != null) {
            p = cutAtEnd(VERBS, p);
        }
        boolean countOnly = false;
        if (verb == null && ESTABLISH_COUNT.pattern().matcher(p).find()) {
            verb = ESTABLISH_COUNT.meaning();
            countOnly = true;
            p = ESTABLISH_COUNT.pattern().matcher(p).replaceFirst("");
        }
        if (comparator == null) {
            comparator = firstAtEnd(COMPARATORS_BEFORE, p);
            if (comparator != null) {
                p = cutAtEnd(COMPARATORS_BEFORE, p);
                p = ESTABLISH_COUNT.pattern().matcher(p).replaceFirst(""); // 每个镇设置至少设置1个
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
        Matcher yearly = YEARLY.matcher(p);
        boolean everyYear = yearly.find();
        if (everyYear) {
            p = yearly.replaceAll("");
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
        } else if (previous != null && CONTINUES_LIST.matcher(pre).find()) {
            bound = previous; // 床位3.17张 after 医生1.12名: the list shares the first item's bound
        } else if (previous != null && NEXT_IN_LIST.matcher(pre).find()) {
            return new Resolved(previous, p, false, false, true, everyYear); // …1家社会组织和1支志愿者队伍: name after the value
        } else {
            return null;
        }
        return new Resolved(bound, p, respectively, countOnly, false, everyYear);
    }

    private static Bound firstAtEnd(List<Rule<Bound>> rules, String text) {
        for (Rule<Bound> rule : rules) {
            if (rule.pattern().matcher(text).find()) {
                return rule.meaning();
            }
        }
        return null;
    }

    private static String cutAtEnd(List<Rule<Bound>> rules, String text) {
        for (Rule<Bound> rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                return text.substring(0, m.start());
            }
        }
        return text;
    }

    /** The unit of each value of a group; null when the group has no unit at all. */
    private static List<Unit> units(Group group, String perThousand) {
        String shared = null;
        for (Token t : group.tokens()) {
            if (t.unitText() != null) {
                shared = t.unitText();
            }
        }
        if (shared == null) {
            return null;
        }
        List<Unit> units = new ArrayList<>();
        for (Token t : group.tokens()) {
            units.add(unitOf(t.unitText() != null ? t.unitText() : shared, perThousand));
        }
        return units;
    }

    /** The per-thousand phrase of a clause (每千名儿童, 每千常住人口), once per clause; empty when it has none. */
    private static String perThousandPhrase(String clause) {
        for (Rule<Unit> context : PER_THOUSAND_CONTEXT) {
            Matcher m = context.pattern().matcher(clause);
            if (m.find()) {
                return m.group();
            }
        }
        return "";
    }

    static Unit unitOf(String unitText, String perThousand) {
        for (Rule<Unit> rule : UNITS) {
            if (rule.pattern().matcher(unitText).matches()) {
                if (rule.meaning() == Unit.COUNT && !perThousand.isEmpty()) {
                    for (Rule<Unit> context : PER_THOUSAND_CONTEXT) {
                        if (context.pattern().matcher(perThousand).matches()) {
                            return context.meaning();
                        }
                    }
                }
                return rule.meaning();
            }
        }
        return Unit.NONE;
    }
}
