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
                    inSentence.add(withContext(t, previousClause, out, inSentence));
                }
                previousClause = clause;
            }
            out.addAll(inSentence);
        }
        return out;
    }

    /**
     * A name the clause leaves empty or bare (到2030年,达到90%以上 / 实现区级覆盖率达到90%) borrows from
     * what the sentence said before: the previous target's name, or the subject of the previous clause.
     */
    private static DraftTarget withContext(DraftTarget t, String previousClause, List<DraftTarget> line, List<DraftTarget> sentence) {
        String name = t.indicatorName();
        if (name.isEmpty()) {
            DraftTarget before = !sentence.isEmpty() ? sentence.get(sentence.size() - 1) : line.isEmpty() ? null : line.get(line.size() - 1);
            name = before == null ? "" : before.indicatorName();
        } else if (name.length() <= 3 && name.endsWith("率") && !previousClause.isEmpty()) {
            name = SUBJECT_CLAUSE_VERBS.matcher(cleanName(previousClause)).replaceAll("") + name;
        }
        if (name.equals(t.indicatorName())) {
            return t;
        }
        return new DraftTarget(t.domainOrder(), t.goalNumber(), name, t.kind(), t.value(), t.upperValue(), t.unit(), t.strict(),
                t.maintain(), t.targetYear(), t.scope(), t.baselineYear(), t.changePct(), t.tolerance(), t.gapDimension(),
                t.sourceText(), t.line());
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
            String name = cleanName(clause.substring(0, rc.start()));
            found.add(new DraftTarget(place.domainOrder(), place.goalNumber(), name, TargetKind.RELATIVE_CHANGE, pct, null,
                    ValueUnit.PERCENT, false, false, year, scope, Integer.valueOf(rc.group(1)), pct, null, null, sentence,
                    place.line()));
            text = clause.substring(rc.end()); // the baseline year and the percentage are used up
        }
        found.addAll(numeric(text, clause, sentence, year, scope, place));
        if (found.isEmpty() && place.inGoals()) {
            found.addAll(wordsOnly(clause, sentence, year, scope, place, earlier));
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
            String name = r.listContinues() ? cleanName(postRest) : nameFor(r.name(), postRest);
            List<String> names = names(name, group.tokens().size(), r.respectively());
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

    // ---------------------------------------------------------------- names

    private static String nameFor(String before, String after) {
        String name = cleanName(before);
        String rest = after.startsWith("、") || after.startsWith("和") ? "" : cleanName(after);
        if (!hasChinese(name)) {
            return rest; // 50%以上公办幼儿园…: the name follows the value
        }
        if (!rest.isEmpty() && !INDICATOR_HEADS.matcher(name).find()) {
            return name + rest; // 至少配备1名提供规范儿童基本医疗服务的全科医生
        }
        return name;
    }

    static String cleanName(String raw) {
        String s = TARGET_YEAR.matcher(raw).replaceAll(""); // the year is kept in targetYear, not in the name
        for (Rule<Scope> scope : SCOPES) {
            s = scope.pattern().matcher(s).replaceAll("");
        }
        String before;
        do {
            before = s;
            s = NAME_LEADING_NOISE.matcher(s).replaceAll("");
            s = NAME_TRAILING_NOISE.matcher(s).replaceAll("");
        } while (!s.equals(before));
        return s;
    }

    /**
     * Splits "新生儿、婴儿和5岁以下儿童死亡率" into one name per value. Items without an indicator word of
     * their own take the last item's (新生儿 → 新生儿死亡率). With one value, a list is split only when it is
     * clearly a list of indicators, so "眼保健和视力检查覆盖率" stays one name.
     */
    static List<String> names(String name, int values, boolean respectively) {
        List<String> parts = splitOutsideParentheses(name);
        if (parts.size() < 2) {
            return List.of(name);
        }
        String last = parts.get(parts.size() - 1);
        String head = last.endsWith("率") && last.length() > 3 ? last.substring(last.length() - 3) : "";
        boolean allHeaded = parts.stream().allMatch(p -> INDICATOR_HEADS.matcher(p).find());
        if (values > 1) {
            if (parts.size() != values) {
                return List.of(name);
            }
            return withHead(parts, head);
        }
        if (allHeaded) {
            return parts;
        }
        boolean onlyCommas = !name.contains("和") && !name.contains("及") && !name.contains("与");
        if (onlyCommas && !head.isEmpty() && !respectively) {
            return withHead(parts, head); // 乡镇儿童督导员、社区/村儿童主任覆盖率
        }
        return List.of(name);
    }

    private static List<String> withHead(List<String> parts, String head) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(INDICATOR_HEADS.matcher(p).find() || head.isEmpty() ? p : p + head);
        }
        return out;
    }

    private static List<String> splitOutsideParentheses(String name) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && NAME_LIST_SEPARATOR.matcher(String.valueOf(c)).matches()) {
                if (cur.length() > 0) {
                    parts.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        return parts;
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Scope scopeOf(String clause) {
        for (Rule<Scope> rule : SCOPES) {
            if (rule.pattern().matcher(clause).find()) {
                return rule.meaning();
            }
        }
        return Scope.JURISDICTION;
    }

    // ---------------------------------------------------------------- words without numbers (主要目标 only)

    private static List<DraftTarget> wordsOnly(String clause, String sentence, int year, Scope scope, Place place,
                                               List<DraftTarget> earlier) {
        Matcher full = FULL_COVERAGE.pattern().matcher(clause);
        if (full.find()) {
            String name = cleanName(clause.substring(0, full.start()).replaceAll("(基本)?实现$", ""));
            if (hasChinese(name)) {
                return List.of(new DraftTarget(place.domainOrder(), place.goalNumber(), name + "覆盖率", TargetKind.AT_LEAST,
                        new BigDecimal("100"), null, ValueUnit.PERCENT, false, false, year, scope, null, null, null, null,
                        sentence, place.line()));
            }
        }
        Matcher gap = GAP_NARROWING.pattern().matcher(clause);
        if (gap.matches()) {
            String dimension = gap.group("name").contains("城乡") ? GAP_NARROWING.meaning() : null;
            List<DraftTarget> out = new ArrayList<>();
            for (DraftTarget t : earlier) {
                if (t.kind() != TargetKind.GAP_NARROWING && out.stream().noneMatch(o -> o.indicatorName().equals(t.indicatorName()))) {
                    out.add(words(place, t.indicatorName(), TargetKind.GAP_NARROWING, year, scope, dimension, sentence));
                }
            }
            if (out.isEmpty()) {
                out.add(words(place, cleanName(gap.group("name")) + "差距", TargetKind.GAP_NARROWING, year, scope, dimension, sentence));
            }
            return out;
        }
        for (Rule<TargetKind> rule : TRENDS) {
            Matcher m = rule.pattern().matcher(clause);
            if (m.matches()) {
                String name = cleanName(m.group("name"));
                if (INDICATOR_HEADS.matcher(name).find() && !name.contains("水平")) {
                    return List.of(words(place, name, rule.meaning(), year, scope, null, sentence));
                }
            }
        }
        return List.of();
    }

    private static DraftTarget words(Place place, String name, TargetKind kind, int year, Scope scope, String gapDimension,
                                     String sentence) {
        return new DraftTarget(place.domainOrder(), place.goalNumber(), name, kind, null, null, ValueUnit.NONE, false, false,
                year, scope, null, null, null, gapDimension, sentence, place.line());
    }
}
