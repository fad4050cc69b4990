package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.plandraft.parser.ClauseForm.Family;
import io.planwatch.plandraft.parser.ClauseForm.Reading;
import io.planwatch.plandraft.parser.ParsingRules.Bound;
import io.planwatch.plandraft.parser.ParsingRules.Rule;
import io.planwatch.plandraft.parser.TargetExtractor.Site;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Numbers bound by the words around them (婴儿死亡率降至5‰以下): groups of values ("3.0‰、5.0‰和6.0‰"), each bound by
 * the rule of highest precedence among the comparators and verbs around it ({@link Rule#precedence()}), named by the
 * words before it once every binding rule has cut its own words out ({@link Rule#cut}), else by the words after it.
 */
final class ValueForms {

    static final List<ClauseForm> FORMS = List.of(
            new ClauseForm(ONE_IN_EVERY_VILLAGE.name(), Family.VALUES, 35, ValueForms::oneInEveryVillage),
            new ClauseForm("values", Family.VALUES, 40, ValueForms::values));

    private ValueForms() {}

    private record Token(int start, int end, BigDecimal value, BigDecimal upper, String unitText) {}

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
    private record Resolved(
            Bound bound,
            String name,
            boolean respectively,
            boolean countOnly,
            boolean nameFollows,
            boolean yearly,
            List<String> rules,
            int start) {}

    /** 每个社区(村)配备1名儿童主任 → 配备儿童主任的社区(村)比例 ≥ 100%: the whole clause, so no value is left to read. */
    private static Reading oneInEveryVillage(String clause, int from, Site site, List<DraftTarget> earlier) {
        Matcher m = ONE_IN_EVERY_VILLAGE.pattern().matcher(clause);
        if (from > 0 || !m.matches()) {
            return null;
        }
        String unit = m.group("unit");
        DraftTarget t = site.bound(
                String.format(VILLAGE_SHARE_NAME, m.group("verb"), m.group("what"), unit),
                ONE_IN_EVERY_VILLAGE.meaning(),
                new BigDecimal("100"),
                null,
                Unit.PERCENT,
                false,
                List.of(ONE_IN_EVERY_VILLAGE.name()),
                0,
                clause.length());
        return new Reading(
                List.of(t.withNotes(List.of(String.format(VILLAGE_SHARE_NOTE, unit, unit)))), clause.length());
    }

    private static Reading values(String clause, int from, Site site, List<DraftTarget> earlier) {
        return new Reading(numeric(clause.substring(from), from, clause, site), clause.length());
    }

    /** A number the rules read as a value (not an age, a year or a duration). */
    static boolean hasValue(String clause) {
        return !groups(clause).isEmpty();
    }

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
            String postRest = postEnd <= nextStart
                    ? text.substring(postEnd, Math.min(nextStart, postEnd + NAME_CONTEXT_MAX))
                    : "";

            Resolved r = resolve(pre, post, previous);
            if (r == null
                    && SHARE_FIRST
                            .pattern()
                            .matcher(text)
                            .region(group.end(), text.length())
                            .lookingAt()
                    && group.tokens().stream().allMatch(t -> "%".equals(t.unitText()))) {
                r = new Resolved(
                        SHARE_FIRST.meaning(),
                        "",
                        false,
                        false,
                        true,
                        false,
                        List.of(SHARE_FIRST.name()),
                        pre.length());
            }
            if (r == null) {
                continue;
            }
            List<Unit> units = units(group, perThousand);
            if (units == null
                    || (r.countOnly() && units.stream().anyMatch(u -> u == Unit.PERCENT || u == Unit.PER_MILLE))) {
                continue;
            }
            cursor = postEnd;
            previous = r.bound();
            boolean ownName = TargetNames.hasChinese(TargetNames.clean(r.name()));
            boolean follows = r.nameFollows() || !ownName;
            String name = r.nameFollows()
                    ? TargetNames.clean(TargetNames.cut(postRest))
                    : TargetNames.combine(r.name(), postRest);
            if (!r.nameFollows()
                    && !ownName
                    && site.frame().inherited()
                    && !site.frame().subject().isEmpty()) {
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
                List<String> each = names.size() == group.tokens().size()
                        ? List.of(names.get(i))
                        : group.tokens().size() == 1
                                ? names // one value shared by several listed indicators
                                : List.of(name);
                List<String> withUnit = new ArrayList<>(rules);
                withUnit.add(unitRule(t.unitText() != null ? t.unitText() : lastUnit(group), perThousand));
                for (String one : each) {
                    String named = TargetNames.forUnit(one, units.get(i), t.unitText(), perThousand);
                    out.add(site.bound(
                            named,
                            r.bound(),
                            t.value(),
                            t.upper(),
                            units.get(i),
                            r.yearly(),
                            withUnit,
                            Math.min(spanStart, offset + t.start()),
                            offset + Math.max(t.end(), i == group.tokens().size() - 1 ? postEnd : t.end())));
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
        Rule<Unit> rule = unitRuleOf(unitText, perThousand);
        return rule == null ? "no unit" : rule.name();
    }

    /** The rule that gives a unit as written its unit: a count in a clause that speaks per thousand is per thousand. */
    private static Rule<Unit> unitRuleOf(String unitText, String perThousand) {
        for (Rule<Unit> rule : UNITS) {
            if (rule.pattern().matcher(unitText).matches()) {
                if (rule.meaning() == Unit.COUNT && !perThousand.isEmpty()) {
                    for (Rule<Unit> context : PER_THOUSAND_CONTEXT) {
                        if (context.pattern().matcher(perThousand).matches()) {
                            return context;
                        }
                    }
                }
                return rule;
            }
        }
        return null;
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
            tokens.add(new Token(
                    m.start(),
                    m.end(),
                    new BigDecimal(m.group(1)),
                    m.group(2) == null ? null : new BigDecimal(m.group(2)),
                    unit));
        }
        List<Group> groups = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher separator = VALUE_LIST_SEPARATOR.matcher(text);
        for (Token t : tokens) {
            if (!current.isEmpty()
                    && !separator
                            .region(current.get(current.size() - 1).end(), t.start())
                            .matches()) {
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
     * Decides the bound of a group from the words before and after it; null when nothing binds it. Each binding rule found
     * cuts its words out of the name its own way ({@link Rule#cut}); the one of highest precedence gives the kind
     * ({@link ParsingRules} "bounds"), a verb says whether the level must be held, and without any the bound of the list
     * item before or an establishing verb written first decides.
     */
    private static Resolved resolve(String pre, Rule<Bound> post, Bound previous) {
        String p = pre;
        List<String> rules = new ArrayList<>();
        Rule<Bound> comparator = firstIn(COMPARATORS_BEFORE, p);
        p = comparator == null ? p : comparator.cut(p);
        Rule<Bound> verb = firstIn(VERBS, p);
        p = verb == null ? p : verb.cut(p);
        boolean countOnly = false;
        if (verb == null && ESTABLISH_COUNT.pattern().matcher(p).find()) {
            verb = ESTABLISH_COUNT;
            countOnly = true;
            p = ESTABLISH_COUNT.cut(p);
        }
        if (comparator == null) {
            comparator = firstIn(COMPARATORS_BEFORE, p);
            if (comparator != null) {
                p = ESTABLISH_COUNT.cut(comparator.cut(p)); // 每个镇设置至少设置1个
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
            anywhere = firstIn(COMPARATORS_ANYWHERE, p);
            if (anywhere != null) {
                Matcher m = anywhere.pattern().matcher(p);
                start = m.find() ? Math.min(start, m.start()) : start;
                p = anywhere.cut(p);
            }
        }
        Matcher yearly = YEARLY.matcher(p);
        boolean everyYear = yearly.find();
        if (everyYear) {
            p = yearly.replaceAll("");
            rules.add(YEARLY_RULE);
        }
        Rule<Bound> winner = Stream.of(comparator, post, verb, anywhere)
                .filter(Objects::nonNull)
                .min(Comparator.comparingInt(Rule::precedence))
                .orElse(null);
        if (winner == null) {
            return unbound(pre, p, previous, everyYear, rules, start);
        }
        boolean maintain = verb != null && verb.meaning().maintain();
        Bound bound = new Bound(
                winner.meaning().kind(),
                winner.meaning().strict(),
                maintain || winner.meaning().maintain());
        // the names in the order the rules apply: comparator, verb, a comparator further back; the one after the value
        // is added by the caller
        if (anywhere != null) {
            rules.add(0, anywhere.name());
        }
        if (verb != null) {
            rules.add(0, verb.name());
        }
        if (comparator != null) {
            rules.add(0, comparator.name());
        }
        if (respectively) {
            rules.add(RESPECTIVELY_RULE);
        }
        return new Resolved(bound, p, respectively, countOnly, false, everyYear, rules, start);
    }

    /** No comparator or verb: the list item before binds the value (precedence 5), else an establishing verb written first (6). */
    private static Resolved unbound(
            String pre, String p, Bound previous, boolean everyYear, List<String> rules, int start) {
        if (previous != null && CONTINUES_LIST.matcher(pre).find()) {
            rules.add(0, CONTINUES_LIST_RULE);
            return new Resolved(previous, p, false, false, false, everyYear, rules, start); // 床位3.17张 after 医生1.12名
        }
        if (previous != null && NEXT_IN_LIST.matcher(pre).find()) {
            rules.add(0, NEXT_IN_LIST_RULE);
            return new Resolved(previous, p, false, false, true, everyYear, rules, pre.length()); // …1家社会组织和1支志愿者队伍
        }
        Matcher first = ESTABLISH_COUNT_FIRST.pattern().matcher(TargetNames.clean(pre));
        if (!first.matches()) {
            return null;
        }
        rules.add(0, ESTABLISH_COUNT_FIRST.name());
        return new Resolved(
                ESTABLISH_COUNT_FIRST.meaning(), first.group("name"), false, true, false, everyYear, rules, 0);
    }

    private static Rule<Bound> firstIn(List<Rule<Bound>> rules, String text) {
        for (Rule<Bound> rule : rules) {
            if (rule.pattern().matcher(text).find()) {
                return rule;
            }
        }
        return null;
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
        Rule<Unit> rule = unitRuleOf(unitText, perThousand);
        return rule == null ? Unit.NONE : rule.meaning();
    }
}
