package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.plandraft.parser.ParsingRules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Indicator names as the plans write them: cleaned of the words around them, split when one clause
 * names several indicators, completed from the sentence when the clause leaves them bare.
 */
final class TargetNames {

    private TargetNames() {
    }

    static String combine(String before, String after) {
        String name = clean(before);
        String rest = after.startsWith("、") || after.startsWith("和") ? "" : clean(after);
        if (!hasChinese(name)) {
            return rest; // 50%以上公办幼儿园…: the name follows the value
        }
        if (!rest.isEmpty() && !INDICATOR_HEADS.matcher(name).find()) {
            return name + rest; // 至少配备1名提供规范儿童基本医疗服务的全科医生
        }
        return name;
    }

    static String clean(String raw) {
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
    static List<String> split(String name, int values, boolean respectively) {
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

    static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * A name the clause leaves empty or bare (到2030年,达到90%以上 / 实现区级覆盖率达到90%) borrows from
     * what the sentence said before: the previous target's name, or the subject of the previous clause.
     */
    static DraftTarget withContext(DraftTarget t, String previousClause, List<DraftTarget> line, List<DraftTarget> sentence) {
        String name = t.indicatorName();
        if (name.isEmpty()) {
            DraftTarget before = !sentence.isEmpty() ? sentence.get(sentence.size() - 1) : line.isEmpty() ? null : line.get(line.size() - 1);
            name = before == null ? "" : before.indicatorName();
        } else if (GENERIC_NAME.matcher(name).matches() && !previousClause.isEmpty()) {
            name = SUBJECT_CLAUSE_VERBS.matcher(clean(previousClause)).replaceAll("") + name;
        }
        name = perThousand(name, t);
        if (name.equals(t.indicatorName())) {
            return t;
        }
        return new DraftTarget(t.domainOrder(), t.goalNumber(), name, t.kind(), t.value(), t.upperValue(), t.unit(), t.strict(),
                t.maintain(), t.targetYear(), t.scope(), t.baselineYear(), t.changePct(), t.tolerance(), t.gapDimension(),
                t.sourceText(), t.line());
    }

    /** 床位 listed after 每千名儿童拥有…医生 is 每千名儿童床位: a per-thousand rate keeps its denominator in the name. */
    private static String perThousand(String name, DraftTarget t) {
        if (name.startsWith("每千") || (t.unit() != ValueUnit.PER_1000_CHILDREN && t.unit() != ValueUnit.PER_1000_POPULATION)) {
            return name;
        }
        for (Rule<ValueUnit> context : PER_THOUSAND_CONTEXT) {
            var m = context.pattern().matcher(t.sourceText());
            if (context.meaning() == t.unit() && m.find()) {
                return m.group() + name;
            }
        }
        return name;
    }
}
