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
    record Frame(Scope scope, List<String> notes, String subject, boolean inherited, List<String> rules) {
        static final Frame NONE = new Frame(Scope.JURISDICTION, List.of(), "", false, List.of());
    }

    /**
     * What every target of a clause shares: where it was read, its sentence, its target year and its frame. The clause
     * starts at {@code clauseStart} in the sentence; {@code verbatim} is false when the clause was rewritten before it was
     * read (校内外各1小时 as two clauses), and a span then covers the whole clause.
     */
    record Site(Place place, int line, String sentence, int year, Frame frame, int clauseStart, int clauseLength, boolean verbatim) {
        DraftTarget bound(String name, Bound bound, BigDecimal value, BigDecimal upper, Unit unit, boolean yearly, List<String> rules,
                          int start, int end) {
            DraftTarget t = target(name, bound.kind(), value, upper, unit, bound.strict(), bound.maintain() || yearly, null, null, null,
                    null, null, rules, start, end);
            return upper == null ? t : t.withNote(String.format(RANGE_NOTE, value.toPlainString(), upper.toPlainString(), bound.kind()));
        }

        DraftTarget relative(String name, Integer baselineYear, BigDecimal changePct, List<String> rules, int start, int end) {
            return target(name, TargetKind.RELATIVE_CHANGE, changePct, null, Unit.PERCENT, false, false, baselineYear, changePct,
                    null, null, null, rules, start, end);
        }

        DraftTarget annual(String name, BigDecimal perYear, Unit unit, List<String> rules, int start, int end) {
            return target(name, TargetKind.ANNUAL_CHANGE, perYear, null, unit, false, false, null, null, perYear, null, null, rules,
                    start, end);
        }

        DraftTarget reference(String name, TargetKind kind, String reference, List<String> rules, int start, int end) {
            return target(name, kind, null, null, Unit.NONE, false, false, null, null, null, reference, null, rules, start, end);
        }

        DraftTarget words(String name, TargetKind kind, GapGroups gap, List<String> rules, int start, int end) {
            return target(name, kind, null, null, Unit.NONE, false, false, null, null, null, null, gap, rules, start, end);
        }

        private DraftTarget target(String name, TargetKind kind, BigDecimal value, BigDecimal upper, Unit unit, boolean strict,
                                   boolean maintain, Integer baselineYear, BigDecimal changePct, BigDecimal perYear, String reference,
                                   GapGroups gap, List<String> rules, int start, int end) {
            DraftTarget.Span span = verbatim ? new DraftTarget.Span(clauseStart + start, clauseStart + end)
                    : new DraftTarget.Span(clauseStart, clauseStart + clauseLength);
            List<String> all = new ArrayList<>(rules);
            frame.rules().forEach(r -> {
                if (!all.contains(r)) {
                    all.add(r);
                }
            });
            return new DraftTarget(place.domainOrder(), place.goalNumber(), name, kind, value, upper, unit, strict, maintain, year,
                    frame.scope(), baselineYear, changePct, null, gap, sentence, line, frame.notes(), perYear, reference, all, span);
        }
    }

    /** The targets of a block and its clauses with a number that made none. */
    record Read(List<DraftTarget> targets, List<UnreadClause> unread) {
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

    /**
     * How a group of values is bound; {@code nameFollows}: the name is written after the value (95%的城市社区…);
     * {@code start}: where in the words before the value the binding words begin; {@code rules}: the rules that decided.
     */
    private record Resolved(Bound bound, String name, boolean respectively, boolean countOnly, boolean nameFollows, boolean yearly,
                            List<String> rules, int start) {
    }

    private TargetExtractor() {
    }

    static List<DraftTarget> extract(String block, Place place) {
        return read(block, place).targets();
    }

    static Read read(String block, Place place) {
        List<DraftTarget> out = new ArrayList<>();
        List<UnreadClause> unread = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(block);
        int start = 0;
        while (start < block.length()) {
            int stop = end.find() ? end.start() : block.length();
            String sentence = block.substring(start, stop);
            if (!sentence.isBlank()) {
                out.addAll(sentence(sentence, place, place.lines().lineAt(start), out, unread));
            }
            start = stop + 1;
        }
        return new Read(out, unread);
    }

    private static List<DraftTarget> sentence(String sentence, Place place, int line, List<DraftTarget> before, List<UnreadClause> unread) {
        int year = DEFAULT_TARGET_YEAR;
        List<DraftTarget> found = new ArrayList<>();
        String previousClause = "";
        Frame frame = Frame.NONE;
        Matcher clauseEnd = CLAUSE_END.matcher(sentence);
        int clauseStart = 0;
        while (clauseStart <= sentence.length()) {
            int clauseStop = clauseEnd.find() ? clauseEnd.start() : sentence.length();
            String written = sentence.substring(clauseStart, clauseStop);
            Matcher y = TARGET_YEAR.matcher(written);
            if (y.find()) {
                year = Integer.parseInt(y.group(1)); // holds for the rest of the sentence
            }
            String clause = chineseCounts(written);
            frame = frame(clause, frame);
            List<String> parts = insideAndOutside(clause);
            boolean verbatim = parts.size() == 1 && clause.length() == written.length();
            Site site = new Site(place, line, sentence, year, frame, clauseStart, written.length(), verbatim);
            int before0 = found.size();
            for (String part : parts) {
                for (DraftTarget t : clause(part, site, found)) {
                    found.add(TargetNames.withContext(t, written, previousClause, before, found));
                }
            }
            if (found.size() == before0 && hasValue(clause)) {
                unread.add(new UnreadClause(line, sentence, clauseStart, clauseStop));
            }
            previousClause = written;
            clauseStart = clauseStop + 1;
        }
        return found;
    }

    /** A number the rules read as a value (not an age, a year or a duration): a clause with one should make a target. */
    static boolean hasValue(String clause) {
        return !groups(clause).isEmpty();
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
            return new Frame(previous.scope(), previous.notes(), previous.subject(), true, previous.rules());
        }
        Scope scope = Scope.JURISDICTION;
        List<String> rules = new ArrayList<>();
        String scopeRule = null;
        for (Rule<Scope> rule : SCOPES) {
            if (rule.pattern().matcher(clause).find()) {
                scope = rule.meaning();
                scopeRule = rule.name();
            }
        }
        for (Rule<Scope> rule : SCOPES_PER_UNIT) {
            if (rule.pattern().matcher(clause).find()) {
                scope = rule.meaning();
                scopeRule = rule.name();
            }
        }
        if (scopeRule != null) {
            rules.add(scopeRule);
        }
        List<String> notes = new ArrayList<>();
        for (Rule<String> rule : PER_FACILITY) {
            Matcher m = rule.pattern().matcher(clause);
            if (m.find()) {
                notes.add(String.format(rule.meaning(), m.group("unit")));
                rules.add(rule.name());
                break;
            }
        }
        Matcher subject = COUNT_SUBJECT.matcher(clause);
        return new Frame(scope, notes, subject.lookingAt() ? TargetNames.clean(subject.group("subject")) : "", false, rules);
    }

    private static List<DraftTarget> clause(String clause, Site site, List<DraftTarget> earlier) {
        List<DraftTarget> found = new ArrayList<>();
        String text = clause;
        int offset = 0; // where text starts in the clause
        Matcher rc = RELATIVE_CHANGE.pattern().matcher(clause);
        Matcher annual = ANNUAL_CHANGE.pattern().matcher(clause);
        if (rc.find()) {
            BigDecimal pct = new BigDecimal(rc.group(3));
            if (RELATIVE_CHANGE_DOWN.matcher(rc.group(2)).matches()) {
                pct = pct.negate();
            }
            found.add(site.relative(TargetNames.clean(clause.substring(0, rc.start())), Integer.parseInt(rc.group(1)), pct,
                    List.of(RELATIVE_CHANGE.name()), rc.start(), rc.end()));
            text = clause.substring(rc.end()); // the baseline year and the percentage are used up
            offset = rc.end();
        } else if (annual.find()) {
            found.add(annualChange(clause, annual, site));
            text = clause.substring(annual.end());
            offset = annual.end();
        } else {
            Matcher plain = RELATIVE_CHANGE_PLAIN.pattern().matcher(clause);
            if (plain.find() && TargetNames.hasChinese(TargetNames.clean(clause.substring(0, plain.start())))) {
                BigDecimal pct = new BigDecimal(plain.group("pct"));
                if (RELATIVE_CHANGE_DOWN.matcher(plain.group("dir")).matches()) {
                    pct = pct.negate();
                }
                Integer base = plain.group("year") == null ? null : Integer.valueOf(plain.group("year"));
                DraftTarget t = site.relative(TargetNames.clean(clause.substring(0, plain.start())), base, pct,
                        List.of(RELATIVE_CHANGE_PLAIN.name()), plain.start(), plain.end());
                found.add(base == null ? t.withNote(IMPLIED_BASE_NOTE) : t);
                text = "";
            }
        }
        found.addAll(numeric(text, offset, clause, site));
        if (found.isEmpty()) {
            found.addAll(WordTargets.read(clause, site, earlier));
        }
        return TargetNames.perGroup(found, clause);
    }

    /**
     * 每年降低0.5个百分点以上: a signed change per year (−0.5), in the indicator's own unit (percentage points of a
     * percentage); of a range (每年降低0.5到1个百分点) the smaller change counts, and the draft says so.
     */
    private static DraftTarget annualChange(String clause, Matcher m, Site site) {
        BigDecimal low = new BigDecimal(m.group("low"));
        BigDecimal high = m.group("high") == null ? null : new BigDecimal(m.group("high"));
        if (high != null && high.compareTo(low) < 0) {
            BigDecimal swap = low;
            low = high;
            high = swap;
        }
        boolean down = ANNUAL_CHANGE_DOWN.matcher(m.group("dir")).matches();
        DraftTarget t = site.annual(TargetNames.clean(clause.substring(0, m.start())), down ? low.negate() : low, Unit.PERCENT,
                List.of(ANNUAL_CHANGE.name()), m.start(), m.end());
        return high == null ? t : t.withNote(String.format(ANNUAL_RANGE_NOTE, low.toPlainString(), high.toPlainString()));
    }

    // ---------------------------------------------------------------- numbers

    private static List<DraftTarget> numeric(String text, int offset, String clause, Site site) {
        List<DraftTarget> out = new ArrayList<>();
        List<Boolean> shareFirst = new ArrayList<>();
        List<Group> groups = groups(text);
        String perThousand = perThousandPhrase(clause);
        Bound previous = null;
        int cursor = 0; // end of the last group that was read: its words are no part of the next name
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            int preStart = Math.max(cursor, group.start() - NAME_CONTEXT_MAX);
            String pre = text.substring(preStart, group.start());
            Rule<Bound> post = null;
            int postEnd = group.end();
            for (Rule<Bound> rule : COMPARATORS_AFTER) {
                Matcher m = rule.pattern().matcher(text).region(group.end(), text.length());
                if (m.lookingAt()) {
                    post = rule;
                    postEnd = m.end();
                    break;
                }
            }
            int nextStart = g + 1 < groups.size() ? groups.get(g + 1).start() : text.length();
            String postRest = postEnd <= nextStart ? text.substring(postEnd, Math.min(nextStart, postEnd + NAME_CONTEXT_MAX)) : "";

            Resolved r = resolve(pre, post, previous);
            if (r == null && SHARE_FIRST.pattern().matcher(text).region(group.end(), text.length()).lookingAt()
                    && group.tokens().stream().allMatch(t -> "%".equals(t.unitText()))) {
                r = new Resolved(SHARE_FIRST.meaning(), "", false, false, true, false, List.of(SHARE_FIRST.name()), pre.length());
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
            List<String> rules = new ArrayList<>(r.rules());
            if (post != null) {
                rules.add(post.name());
            }
            int spanStart = offset + preStart + r.start();
            for (int i = 0; i < group.tokens().size(); i++) {
                Token t = group.tokens().get(i);
                List<String> each = names.size() == group.tokens().size() ? List.of(names.get(i))
                        : group.tokens().size() == 1 ? names // one value shared by several listed indicators
                        : List.of(name);
                List<String> withUnit = new ArrayList<>(rules);
                withUnit.add(unitRule(t.unitText() != null ? t.unitText() : lastUnit(group), perThousand));
                for (String one : each) {
                    String named = TargetNames.forUnit(one, units.get(i), t.unitText(), perThousand);
                    out.add(site.bound(named, r.bound(), t.value(), t.upper(), units.get(i), r.yearly(), withUnit,
                            Math.min(spanStart, offset + t.start()), offset + Math.max(t.end(), i == group.tokens().size() - 1 ? postEnd : t.end())));
                    shareFirst.add(follows && units.get(i) == Unit.PERCENT);
                }
            }
        }
        return TargetNames.sharesWrittenFirst(out, shareFirst);
    }

    private static String lastUnit(Group group) {
        String shared = null;
        for (Token t : group.tokens()) {
            if (t.unitText() != null) {
                shared = t.unitText();
            }
        }
        return shared;
    }

    /** The name of the rule that gave a value its unit (per thousand when the clause says so). */
    private static String unitRule(String unitText, String perThousand) {
        for (Rule<Unit> rule : UNITS) {
            if (rule.pattern().matcher(unitText).matches()) {
                if (rule.meaning() == Unit.COUNT && !perThousand.isEmpty()) {
                    for (Rule<Unit> context : PER_THOUSAND_CONTEXT) {
                        if (context.pattern().matcher(perThousand).matches()) {
                            return context.name();
                        }
                    }
                }
                return rule.name();
            }
        }
        return "no unit";
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

    /**
     * Decides the bound of a group from the words before and after it; null when nothing binds it. Precedence, as the
     * plans mean it: a comparator written right before the value (不低于) or right after it (以上) gives the kind; then a
     * verb (降至, 达到), an establishing verb for counts (配备), a comparator further back (至少…), and last the bound of
     * the list item before.
     */
    private static Resolved resolve(String pre, Rule<Bound> post, Bound previous) {
        String p = pre;
        List<String> rules = new ArrayList<>();
        Rule<Bound> comparator = firstAtEnd(COMPARATORS_BEFORE, p);
        if (comparator != null) {
            p = cutAtEnd(COMPARATORS_BEFORE, p);
        }
        Rule<Bound> verb = firstAtEnd(VERBS, p);
        if (verb != null) {
            p = cutAtEnd(VERBS, p);
        }
        boolean countOnly = false;
        if (verb == null && ESTABLISH_COUNT.pattern().matcher(p).find()) {
            verb = ESTABLISH_COUNT;
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
        int start = p.length(); // the binding words start where the name ends
        boolean respectively = false;
        Matcher resp = RESPECTIVELY.matcher(p);
        if (resp.find()) {
            respectively = true;
            p = p.substring(0, resp.start());
        }
        Rule<Bound> anywhere = null;
        if (comparator == null && post == null && verb == null) {
            for (Rule<Bound> rule : COMPARATORS_ANYWHERE) {
                Matcher m = rule.pattern().matcher(p);
                if (m.find()) {
                    anywhere = rule;
                    p = p.substring(0, m.start()) + p.substring(m.end());
                    start = Math.min(start, m.start());
                    break;
                }
            }
        }
        Matcher yearly = YEARLY.matcher(p);
        boolean everyYear = yearly.find();
        if (everyYear) {
            p = yearly.replaceAll("");
            rules.add(YEARLY_RULE);
        }
        boolean maintain = verb != null && verb.meaning().maintain();
        Bound bound;
        if (comparator != null) {
            bound = new Bound(comparator.meaning().kind(), comparator.meaning().strict(), maintain);
            rules.add(0, comparator.name());
        } else if (post != null) {
            bound = new Bound(post.meaning().kind(), false, maintain);
        } else if (verb != null) {
            bound = verb.meaning();
        } else if (anywhere != null) {
            bound = anywhere.meaning();
            rules.add(0, anywhere.name());
        } else if (previous != null && CONTINUES_LIST.matcher(pre).find()) {
            rules.add(0, CONTINUES_LIST_RULE);
            return new Resolved(previous, p, false, false, false, everyYear, rules, start); // 床位3.17张 after 医生1.12名
        } else if (previous != null && NEXT_IN_LIST.matcher(pre).find()) {
            rules.add(0, NEXT_IN_LIST_RULE);
            return new Resolved(previous, p, false, false, true, everyYear, rules, pre.length()); // …1家社会组织和1支志愿者队伍
        } else {
            Matcher first = ESTABLISH_COUNT_FIRST.pattern().matcher(TargetNames.clean(pre));
            if (!first.matches()) {
                return null;
            }
            rules.add(0, ESTABLISH_COUNT_FIRST.name());
            return new Resolved(ESTABLISH_COUNT_FIRST.meaning(), first.group("name"), false, true, false, everyYear, rules, 0);
        }
        if (verb != null) {
            rules.add(comparator != null ? 1 : 0, verb.name());
        }
        if (respectively) {
            rules.add(RESPECTIVELY_RULE);
        }
        return new Resolved(bound, p, respectively, countOnly, false, everyYear, rules, start);
    }

    private static Rule<Bound> firstAtEnd(List<Rule<Bound>> rules, String text) {
        for (Rule<Bound> rule : rules) {
            if (rule.pattern().matcher(text).find()) {
                return rule;
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
