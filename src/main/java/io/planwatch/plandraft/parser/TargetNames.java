package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.plandraft.parser.ParsingRules.Rule;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicator names as the plans write them: cleaned of the words around them, split when one clause
 * names several indicators, completed from the sentence when the clause leaves them bare. The words each
 * step looks for are in {@link ParsingRules}.
 */
final class TargetNames {

    private TargetNames() {}

    /** The name of a value from the words before it and, when those name no indicator, the words after it. */
    static String combine(String before, String after) {
        String name = clean(before);
        String rest = STARTS_NEXT_ITEM.matcher(after).find() ? "" : clean(cut(after));
        Matcher standard = PLANNING_STANDARD.matcher(name);
        Matcher noun = STANDARD_NOUN.matcher(rest);
        if (standard.matches() && noun.lookingAt()) {
            return clean(standard.group("place"))
                    + standard.group("per")
                    + noun.group("noun")
                    + COUNT_NAME_SUFFIX; // 新建居住区每千人口托位数
        }
        if (!hasChinese(name)) {
            return rest; // 50%以上公办幼儿园…: the name follows the value
        }
        if (!rest.isEmpty() && !INDICATOR_HEADS.matcher(name).find()) {
            return name + rest; // 至少配备1名提供规范儿童基本医疗服务的全科医生
        }
        return name;
    }

    /** 1支志愿者队伍 listed after 1家提供…服务的社会组织 is 提供…服务的志愿者队伍: the modifier covers the list. */
    static String withModifierOf(String previous, String name) {
        Matcher m = SHARED_MODIFIER.matcher(previous);
        return name.isEmpty() || HAS_MODIFIER.matcher(name).find() || !m.matches() ? name : m.group("modifier") + name;
    }

    /** The words after a value up to where they stop describing it (1名儿童主任并提高服务能力). */
    static String cut(String after) {
        Matcher stop = NAME_ENDS_BEFORE.matcher(after);
        return stop.find() ? after.substring(0, stop.start()) : after;
    }

    static String clean(String raw) {
        String s = TARGET_YEAR.matcher(raw).replaceAll(""); // the year is kept in targetYear, not in the name
        for (Rule<Scope> scope : SCOPES) {
            s = scope.pattern().matcher(s).replaceAll("");
        }
        s = PAST_VALUE.matcher(s).replaceAll("");
        int length;
        do {
            length = s.length();
            s = dropAtStart(NAME_LEADING_NOISE, s);
            s = dropAtStart(EACH_PREFIX, s);
            Matcher trailing = NAME_TRAILING_NOISE.matcher(s);
            s = trailing.find() ? s.substring(0, trailing.start()) : s;
        } while (s.length() != length);
        return s;
    }

    private static String dropAtStart(Pattern words, String s) {
        Matcher m = words.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /**
     * Splits "新生儿、婴儿和5岁以下儿童死亡率" into one name per value. Items without an indicator word of their own
     * take the last item's (新生儿 → 新生儿死亡率), and items that name nobody take the first item's population
     * (生长迟缓率 → 5岁以下儿童生长迟缓率). With one value, a list is split only when it clearly is a list of
     * indicators, so "眼保健和视力检查覆盖率" stays one name.
     */
    static List<String> split(String name, int values, boolean respectively) {
        Matcher infections = INFECTION_LIST.matcher(name);
        if (infections.lookingAt() && infections.end() < name.length() && !respectively) {
            String rest = name.substring(infections.end());
            List<String> out = new ArrayList<>();
            INFECTION.matcher(infections.group()).results().forEach(r -> out.add(r.group() + rest));
            if (values == 1 || out.size() == values) {
                return out;
            }
        }
        List<String> parts = splitOutsideParentheses(name);
        if (parts.size() < 2) {
            return List.of(name);
        }
        Matcher h = LIST_HEAD.matcher(parts.get(parts.size() - 1));
        String head = h.find() && h.start() > 0 ? h.group() : "";
        List<String> names;
        if (values > 1) {
            if (parts.size() != values) {
                return List.of(name);
            }
            names = withHead(parts, head);
        } else if (parts.stream().allMatch(p -> INDICATOR_HEADS.matcher(p).find())) {
            names = parts;
        } else if (!head.isEmpty()
                && !respectively
                && (onlyCommas(name)
                        || ENUMERATION.matcher(name).find()
                        || COUNT_HEAD.matcher(head).find())) {
            names = withHead(parts, head); // 乡镇儿童督导员、社区/村儿童主任覆盖率; 托育机构和托位数量
        } else {
            return List.of(name);
        }
        return withPopulation(names);
    }

    private static boolean onlyCommas(String name) {
        return !LIST_CONJUNCTION.matcher(name).find();
    }

    private static List<String> withHead(List<String> parts, String head) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(INDICATOR_HEADS.matcher(p).find() || head.isEmpty() ? p : p + head);
        }
        return out;
    }

    private static List<String> withPopulation(List<String> names) {
        Matcher first = POPULATION_PREFIX.matcher(names.get(0));
        if (!first.lookingAt()) {
            return names;
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(POPULATION_PREFIX.matcher(n).lookingAt() ? n : first.group() + n);
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

    static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * What the unit says the name is about: a per-thousand rate keeps its denominator (床位 after 每千名儿童拥有…医生
     * is 每千名儿童床位), hours are a time (…接触户外自然光时间), 次 a number of times (…活动次数).
     */
    static String forUnit(String name, Unit unit, String unitText, String perThousand) {
        if (name.isEmpty()) {
            return name;
        }
        if ((unit == Unit.PER_1000_CHILDREN || unit == Unit.PER_1000_POPULATION)
                && !PER_THOUSAND_NAME.matcher(name).find()) {
            return perThousand + name;
        }
        if (unit == Unit.HOURS && !TIME_NAME.matcher(name).find()) {
            return name + TIME_SUFFIX;
        }
        if (TIMES_UNIT.equals(unitText) && !TIMES_NAME.matcher(name).find()) {
            return name + TIMES_SUFFIX;
        }
        return name;
    }

    /**
     * School groups each with their own value (每天睡眠时间小学生达到10小时、初中生达到9小时): each name is the group
     * and the measure they share (小学生每天睡眠时间).
     */
    static List<DraftTarget> perGroup(List<DraftTarget> targets, String clause) {
        Matcher m = GROUP_VALUE.matcher(clause);
        List<String> groups = new ArrayList<>();
        while (m.find()) {
            groups.add(m.group("group"));
        }
        List<DraftTarget> hours =
                targets.stream().filter(t -> t.unit() == Unit.HOURS).toList();
        if (groups.size() < 2 || hours.size() != groups.size()) {
            return targets;
        }
        String measure = clean(NAME_LIST_SEPARATOR
                .matcher(GROUP_VALUE.matcher(clause).replaceAll(""))
                .replaceAll(""));
        String time = TIME_NAME.matcher(measure).find() ? measure : measure + TIME_SUFFIX;
        List<DraftTarget> out = new ArrayList<>();
        int next = 0;
        for (DraftTarget t : targets) {
            out.add(t.unit() == Unit.HOURS ? t.withName(groups.get(next++) + time) : t);
        }
        return out;
    }

    /**
     * Shares written before what they count (95%的城市社区和85%的农村社区建立家长学校): the predicate is written once,
     * last; each name becomes predicate + 的 + what is counted + 比例 (建立家长学校的城市社区比例).
     */
    static List<DraftTarget> sharesWrittenFirst(List<DraftTarget> targets, List<Boolean> shareFirst) {
        int last = shareFirst.lastIndexOf(Boolean.TRUE);
        if (last < 0) {
            return targets;
        }
        String lastName = targets.get(last).indicatorName();
        Matcher verb = SHARE_PREDICATE.matcher(lastName);
        if (!verb.find() || verb.start() == 0) {
            return targets;
        }
        String predicate = lastName.substring(verb.start());
        List<DraftTarget> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            DraftTarget t = targets.get(i);
            if (!shareFirst.get(i)) {
                out.add(t);
                continue;
            }
            String who = t.indicatorName().endsWith(predicate)
                    ? t.indicatorName().substring(0, t.indicatorName().length() - predicate.length())
                    : t.indicatorName();
            Matcher age = SHARE_AGE_BAND.matcher(who);
            if (age.matches()) {
                who = age.group("age") + age.group("who");
            }
            out.add(t.withName(String.format(SHARE_NAME, predicate, clean(who))));
        }
        return out;
    }

    /**
     * A name the clause leaves empty or bare borrows from what the sentence said before: the previous target's name
     * (到2030年,达到90%以上), the subject of the previous clause (实现区级覆盖率达到90%), the group the name before
     * speaks of (担任正职的女干部…), or the place a condition clause names (…无婴幼儿照护服务设施的,要按照每千人口…).
     */
    static DraftTarget withContext(
            DraftTarget t, String clause, String previousClause, List<DraftTarget> block, List<DraftTarget> sentence) {
        String name = t.indicatorName();
        DraftTarget inSentence = sentence.isEmpty() ? null : sentence.get(sentence.size() - 1);
        if (name.isEmpty()) {
            DraftTarget before = inSentence != null ? inSentence : block.isEmpty() ? null : block.get(block.size() - 1);
            name = before == null ? "" : before.indicatorName();
        } else if (GENERIC_NAME.matcher(name).matches() && !previousClause.isEmpty()) {
            // 建设儿童之家500个,覆盖率达到95%: the subject is 儿童之家, not its count
            String subject = clean(VALUE.matcher(previousClause).replaceAll(""));
            name = SUBJECT_CLAUSE_VERBS.matcher(subject).replaceAll("") + name;
        } else if (ROLE_IN_GROUP.matcher(name).find() && inSentence != null) {
            Matcher frame = GROUP_FRAME.matcher(inSentence.indicatorName());
            name = frame.find() ? frame.group("frame") + name : name;
        } else if (PER_THOUSAND_NAME.matcher(name).lookingAt()) {
            Matcher condition = CONDITION_SUBJECT.matcher(clean(previousClause));
            name = condition.matches() ? condition.group("subject") + name : name;
        }
        if (PART_OF_PREVIOUS.matcher(clause).lookingAt()
                && inSentence != null
                && !INDICATOR_HEADS.matcher(name).find()) {
            // 孕产妇系统管理率达到90%以上,其中农村地区达到85%: 孕产妇系统管理率(农村地区)
            return t.withName(String.format(PART_NAME, inSentence.indicatorName(), name))
                    .withNote(PART_NOTE)
                    .withRule(NAME_FROM_CONTEXT_RULE);
        }
        return name.equals(t.indicatorName()) ? t : t.withName(name).withRule(NAME_FROM_CONTEXT_RULE);
    }
}
