package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.plandraft.parser.ClauseForm.Family;
import io.planwatch.plandraft.parser.ClauseForm.Reading;
import io.planwatch.plandraft.parser.ParsingRules.Bound;
import io.planwatch.plandraft.parser.ParsingRules.GapGroups;
import io.planwatch.plandraft.parser.ParsingRules.Rule;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the targets of one block of normalised text (a line, or lines a sentence runs across). A block is cut into
 * sentences (the source text of its targets) and sentences into clauses; each clause is read by the clause forms in
 * order of precedence ({@link ClauseForm}: {@link ChangeForms}, {@link ValueForms}, {@link WordForms}), each of which
 * carries its own name surgery. What is left here is the sentence: its target year, scope, and names it lends a clause.
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
    record Site(
            Place place,
            int line,
            String sentence,
            int year,
            Frame frame,
            int clauseStart,
            int clauseLength,
            boolean verbatim) {
        DraftTarget bound(
                String name,
                Bound bound,
                BigDecimal value,
                BigDecimal upper,
                Unit unit,
                boolean yearly,
                List<String> rules,
                int start,
                int end) {
            DraftTarget t = target(
                    name,
                    bound.kind(),
                    value,
                    upper,
                    unit,
                    bound.strict(),
                    bound.maintain() || yearly,
                    null,
                    null,
                    null,
                    null,
                    null,
                    rules,
                    start,
                    end);
            return upper == null
                    ? t
                    : t.withNote(String.format(RANGE_NOTE, value.toPlainString(), upper.toPlainString(), bound.kind()));
        }

        DraftTarget relative(
                String name, Integer baselineYear, BigDecimal changePct, List<String> rules, int start, int end) {
            return target(
                    name,
                    TargetKind.RELATIVE_CHANGE,
                    changePct,
                    null,
                    Unit.PERCENT,
                    false,
                    false,
                    baselineYear,
                    changePct,
                    null,
                    null,
                    null,
                    rules,
                    start,
                    end);
        }

        DraftTarget annual(String name, BigDecimal perYear, Unit unit, List<String> rules, int start, int end) {
            return target(
                    name,
                    TargetKind.ANNUAL_CHANGE,
                    perYear,
                    null,
                    unit,
                    false,
                    false,
                    null,
                    null,
                    perYear,
                    null,
                    null,
                    rules,
                    start,
                    end);
        }

        DraftTarget reference(String name, TargetKind kind, String reference, List<String> rules, int start, int end) {
            return target(
                    name, kind, null, null, Unit.NONE, false, false, null, null, null, reference, null, rules, start,
                    end);
        }

        DraftTarget words(String name, TargetKind kind, GapGroups gap, List<String> rules, int start, int end) {
            return target(
                    name, kind, null, null, Unit.NONE, false, false, null, null, null, null, gap, rules, start, end);
        }

        private DraftTarget target(
                String name,
                TargetKind kind,
                BigDecimal value,
                BigDecimal upper,
                Unit unit,
                boolean strict,
                boolean maintain,
                Integer baselineYear,
                BigDecimal changePct,
                BigDecimal perYear,
                String reference,
                GapGroups gap,
                List<String> rules,
                int start,
                int end) {
            DraftTarget.Span span = verbatim
                    ? new DraftTarget.Span(clauseStart + start, clauseStart + end)
                    : new DraftTarget.Span(clauseStart, clauseStart + clauseLength);
            List<String> all = new ArrayList<>(rules);
            frame.rules().forEach(r -> {
                if (!all.contains(r)) {
                    all.add(r);
                }
            });
            return new DraftTarget(
                    place.domainOrder(),
                    place.goalNumber(),
                    name,
                    kind,
                    value,
                    upper,
                    unit,
                    strict,
                    maintain,
                    year,
                    frame.scope(),
                    baselineYear,
                    changePct,
                    null,
                    gap,
                    sentence,
                    line,
                    frame.notes(),
                    perYear,
                    reference,
                    all,
                    span);
        }
    }

    /** The targets of a block and its clauses with a number that made none. */
    record Read(List<DraftTarget> targets, List<UnreadClause> unread) {}

    private TargetExtractor() {}

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

    private static List<DraftTarget> sentence(
            String sentence, Place place, int line, List<DraftTarget> before, List<UnreadClause> unread) {
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
        return ValueForms.hasValue(clause);
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
        return new Frame(
                scope, notes, subject.lookingAt() ? TargetNames.clean(subject.group("subject")) : "", false, rules);
    }

    /**
     * Runs the clause forms in order of precedence ({@link ClauseForm#BY_PRECEDENCE}): within a family that lets the first
     * win, the first form that reads the clause decides and its name surgery names the targets; a later family reads
     * only the words the earlier ones left.
     */
    private static List<DraftTarget> clause(String clause, Site site, List<DraftTarget> earlier) {
        List<DraftTarget> found = new ArrayList<>();
        int from = 0; // where the words no form has read yet start
        Set<Family> decided = EnumSet.noneOf(Family.class);
        for (ClauseForm form : ClauseForm.BY_PRECEDENCE) {
            if (decided.contains(form.family()) || (form.family().onlyAlone && !found.isEmpty())) {
                continue;
            }
            Reading r = form.reader().read(clause, from, site, earlier);
            if (r == null) {
                continue;
            }
            found.addAll(r.targets());
            from = r.restFrom();
            if (form.family().firstWins) {
                decided.add(form.family());
            }
        }
        return TargetNames.perGroup(found, clause);
    }
}
