package io.planwatch.plandraft.parser;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Chinese development plans state their targets, as data. Every rule the parser applies to a clause
 * is listed here, in the order it is tried, with a line saying why; {@link TargetExtractor} only walks
 * these tables. To teach the parser a new way of speaking, add a row to the right table and a case to
 * {@code ParsingRulesTest}.
 *
 * <p>All patterns run on text already passed through {@link TextNormalizer}: half-width digits and
 * punctuation ("（" is "(", "％" is "%", "，" is ","), one dash "-" for every range dash, no whitespace.
 */
public final class ParsingRules {

    private ParsingRules() {}

    /**
     * A named rule: the pattern to look for, what a match means, why the rule exists, and an example clause as the plans
     * write it. {@code ParsingRulesTest} reads every example and checks the targets it gives name the rule, so an example
     * that stops being read the way the rule says fails the build. Drafted targets list the names of the rules that decided them.
     */
    public record Rule<T>(
            String name, Pattern pattern, T meaning, String why, String example, int precedence, Surgery surgery) {
        static <T> Rule<T> of(String name, String regex, T meaning, String why, String example) {
            return new Rule<>(name, Pattern.compile(regex), meaning, why, example, 0, Surgery.NONE);
        }

        /** This rule with its rank among the rules that may bind one value (lower wins) and its cut of the name. */
        Rule<T> ranked(int rank, Surgery cut) {
            return new Rule<>(name, pattern, meaning, why, example, rank, cut);
        }

        /** The words left for the name once this rule's match is cut from {@code words}; the words unchanged when it does not match. */
        String cut(String words) {
            Matcher m = pattern.matcher(words);
            return m.find() ? surgery.apply(words, m) : words;
        }
    }

    /** How a rule takes the words it matched out of the indicator's name. */
    public enum Surgery {
        /** The name ends where the match starts: 降至, 不低于 close the name. */
        CUT_FROM_MATCH,
        /** The match is dropped and the words around it stay: 配备 of 每个镇设置至少设置1个, 至少 of 至少拥有…医生. */
        REMOVE_MATCH,
        /** The match is not in the name's words (以上 after the value, a unit). */
        NONE;

        String apply(String words, Matcher m) {
            return switch (this) {
                case CUT_FROM_MATCH -> words.substring(0, m.start());
                case REMOVE_MATCH -> words.substring(0, m.start()) + words.substring(m.end());
                case NONE -> words;
            };
        }
    }

    private static <T> List<Rule<T>> ranked(int rank, Surgery cut, List<Rule<T>> rules) {
        return rules.stream().map(r -> r.ranked(rank, cut)).toList();
    }

    /** What a comparator word means: the kind of bound, whether the bound itself is excluded, whether it must hold yearly. */
    public record Bound(TargetKind kind, boolean strict, boolean maintain) {}

    // ---------------------------------------------------------------- sentences and clauses

    /**
     * A sentence ends at 。 ; ! ?, or at an ASCII full stop that is no decimal point (texts copied from web pages end
     * sentences with "."); the source text of a target is its sentence.
     */
    public static final Pattern SENTENCE_END = Pattern.compile("[。;!?]|(?<!\\d)\\.|\\.(?!\\d)");
    /** A clause ends at a comma or colon; one clause states at most one group of targets. */
    public static final Pattern CLAUSE_END = Pattern.compile("[,:]");
    /**
     * How far back from a number its name and comparator are looked for. Names are short; without a cap a
     * clause of a megabyte with numbers and no commas would be read in quadratic time.
     */
    public static final int NAME_CONTEXT_MAX = 120;

    // ---------------------------------------------------------------- numbers

    /**
     * A value as written: a number, an optional range end (1-2个), an optional unit. The look-behind keeps
     * the 10 of "/10万" and the digits of 第16 from being read as values of their own.
     */
    public static final Pattern VALUE = Pattern.compile("(?<![\\d./第])(\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?"
            + "(%|‰|/10万|/十万|/万|小时|个(?!月|百分点|工作日)|名|张|所|处|家|支|次)?");

    /**
     * A number followed by one of these is a date, an age, a duration or an ordinal, never a target value:
     * "5岁以下儿童" and "12岁以下儿童" are names, not comparators; "6个月内婴儿" is an age; "2020年" a year.
     */
    public static final Pattern NOT_A_VALUE_AFTER =
            Pattern.compile("^(年|岁|周岁|月|个月|个百分点|天|日|号|届|期|元|万元|亿元|倍|项|类|种|级|条|部|本|批|周|小时内|公里|米)");

    /** Units, first match wins (so "/10万" is tried before "/万"). */
    public static final List<Rule<Unit>> UNITS = List.of(
            Rule.of("percent", "^%$", Unit.PERCENT, "rates and shares: 90%", "新生儿访视率保持在90%以上"),
            Rule.of("per mille", "^‰$", Unit.PER_MILLE, "mortality of infants and children: 5‰", "婴儿死亡率降至5‰以下"),
            Rule.of("per 100k", "^/(10|十)万$", Unit.PER_100K, "maternal mortality: 12/10万", "孕产妇死亡率下降到12/10万以下"),
            Rule.of(
                    "per 10k",
                    "^/万$",
                    Unit.PER_10K,
                    "birth prevalence of severe thalassaemia: 0.3/万",
                    "重型地中海贫血患儿出生率控制在0.3/万以下"),
            Rule.of("hours", "^小时$", Unit.HOURS, "daily outdoor time, sleep: 不少于1小时", "儿童每天接触户外自然光不少于1小时"),
            Rule.of(
                    "count",
                    "^(个|名|张|所|处|家|支|次)$",
                    Unit.COUNT,
                    "facilities, staff, organisations: 1所, 1名, 1家; per-thousand when the clause says so",
                    "县级设置1所政府举办的标准化妇幼保健机构"));

    /** A count in a clause that speaks per thousand children or residents is a rate, not a count. */
    public static final List<Rule<Unit>> PER_THOUSAND_CONTEXT = List.of(
            Rule.of(
                    "per 1000 children",
                    "每千名儿童",
                    Unit.PER_1000_CHILDREN,
                    "每千名儿童拥有儿科执业（助理）医生达到1.12名",
                    "每千名儿童拥有儿科执业（助理）医生达到1.12名"),
            Rule.of(
                    "per 1000 population",
                    "每千(常住)?人口",
                    Unit.PER_1000_POPULATION,
                    "每千人口拥有3岁以下婴幼儿托位数不低于4.5个",
                    "每千人口拥有3岁以下婴幼儿托位数不低于4.5个"));

    // ---------------------------------------------------------------- bounds

    /*
     * Which rule binds a value, as the plans mean it, is each rule's precedence (lower wins): 1 a comparator right before
     * the value (不低于), 2 one right after it (以上), 3 a verb (降至, 达到) or, for counts only, an establishing verb (配备),
     * 4 a comparator further back in the clause (至少…), 5 the bound of the list item before (CONTINUES_LIST, NEXT_IN_LIST),
     * 6 an establishing verb written before the thing (建设儿童之家500个), 7 a share written first (95%的…). A verb still says
     * whether the level must be held when a comparator gives the kind. Each rule's surgery says how its words leave the name.
     */

    /**
     * Comparator words written right before the number, longest first so 不低于 is not read as 低于.
     * Civil Code art. 1259: 以上/以下/以内 include the bound, 低于/超过/不满 do not.
     */
    public static final List<Rule<Bound>> COMPARATORS_BEFORE = ranked(
            1,
            Surgery.CUT_FROM_MATCH,
            List.of(
                    Rule.of(
                            "not below",
                            "(不低于|不少于|不小于)$",
                            bound(TargetKind.AT_LEAST, false),
                            "不低于89%: the bound is allowed",
                            "普惠性幼儿园覆盖率不低于89%"),
                    Rule.of(
                            "at least",
                            "(至少|最少)(有|拥有)?$",
                            bound(TargetKind.AT_LEAST, false),
                            "至少配备1名, 县级至少有1处",
                            "每所乡镇卫生院至少配备1名全科医生"),
                    Rule.of(
                            "not above",
                            "(不超过|不高于|不多于|不大于|至多|最多)$",
                            bound(TargetKind.AT_MOST, false),
                            "累计不超过1小时",
                            "中小学生每天使用电子屏幕产品时间累计不超过1小时"),
                    Rule.of(
                            "strictly below",
                            "(低于|少于|小于|不满|不足)$",
                            bound(TargetKind.AT_MOST, true),
                            "低于: the bound itself misses",
                            "5岁以下儿童贫血率低于10%"),
                    Rule.of(
                            "strictly above",
                            "(超过|高于|多于|大于)$",
                            bound(TargetKind.AT_LEAST, true),
                            "超过: the bound itself misses",
                            "高级专业技术人员中的女性比例超过40%")));

    /**
     * Comparator words written right after the number. They decide the kind even after a verb:
     * 保持在90%以上 is AT_LEAST, 控制在25%以内 is AT_MOST.
     */
    public static final List<Rule<Bound>> COMPARATORS_AFTER = ranked(
            2,
            Surgery.NONE,
            List.of(
                    Rule.of(
                            "and above",
                            "^(及以上|以上)",
                            bound(TargetKind.AT_LEAST, false),
                            "90%以上 includes 90",
                            "高中阶段教育毛入学率达到93%以上"),
                    Rule.of(
                            "and below",
                            "^(及以下|以下)",
                            bound(TargetKind.AT_MOST, false),
                            "5‰以下 includes 5",
                            "新生儿死亡率降至3‰以下"),
                    Rule.of("within", "^以内", bound(TargetKind.AT_MOST, false), "25%以内 includes 25", "12岁儿童龋患率控制在25%以内"),
                    Rule.of(
                            "about",
                            "^左右",
                            bound(TargetKind.APPROX, false),
                            "3.5%左右: tolerance left to the engine",
                            "6岁儿童近视率控制在3.5%左右")));

    /**
     * Verbs before the number. They give the kind only when no comparator word does (降至3‰ is AT_MOST,
     * 达到90% AT_LEAST) and say whether the level must be held (保持, 稳定在, 持续保持).
     */
    public static final List<Rule<Bound>> VERBS = ranked(
            3,
            Surgery.CUT_FROM_MATCH,
            List.of(
                    Rule.of(
                            "reach and hold",
                            "(达到并保持在?|达到并稳定在|持续保持在?|保持在|稳定在|维持在|巩固在|保持)$",
                            bound(TargetKind.AT_LEAST, false, true),
                            "保持在90%以上: must hold every year",
                            "新生儿访视率保持在90%以上"),
                    Rule.of(
                            "bring down to",
                            "(降至|降到|降低到|降低至|下降到|下降至|下降为|减少到|减少至|减至|控制在|控制到)$",
                            bound(TargetKind.AT_MOST, false),
                            "降至3.0‰, 控制在10%",
                            "婴儿死亡率降至3.0‰"),
                    Rule.of(
                            "raise to",
                            "(达到|提高到|提高至|提升到|提升至|增至|增加到|增加至|增长到|上升到|上升至|达)$",
                            bound(TargetKind.AT_LEAST, false),
                            "达到93%, 提高到97%, 增至3.17张",
                            "九年义务教育巩固率提高到97%")));

    /** 设置1所, 配备2名, 培育或孵化1家: verbs that bind a count (never a rate) as a minimum; 或 joins two of them. */
    public static final Rule<Bound> ESTABLISH_COUNT = Rule.of(
                    "establish a count",
                    "(?:(?:设置|建成|建有|设有|设立|配备|培育|孵化|引进|建立|创建|建设|开办)(?:或|和|、))*"
                            + "(?:设置|建成|建有|设有|设立|配备|培育|孵化|引进|建立|创建|建设|开办)$",
                    bound(TargetKind.AT_LEAST, false),
                    "县级设置1所妇幼保健机构, 全县至少引进或培育1家社会组织",
                    "县级设置1所妇幼保健机构")
            .ranked(3, Surgery.REMOVE_MATCH);

    /** 每年至少开展一次: a promise for every year of the plan, so it must hold yearly (maintain); not part of the name. */
    public static final Pattern YEARLY = Pattern.compile("每年(?:应|要|须|都)?");

    public static final String YEARLY_RULE = "every year";
    /** Names of the list rules ({@link #CONTINUES_LIST}, {@link #NEXT_IN_LIST}, {@link #RESPECTIVELY}) as drafts list them. */
    public static final String CONTINUES_LIST_RULE = "continues the list";

    public static final String NEXT_IN_LIST_RULE = "next in the list";
    public static final String RESPECTIVELY_RULE = "respectively";
    /** A main goal that states nothing measurable. */
    public static final String QUALITATIVE_RULE = "qualitative goal";
    /** A name the clause left bare, completed from the sentence ({@link TargetNames#withContext}). */
    public static final String NAME_FROM_CONTEXT_RULE = "name from the sentence";

    /**
     * A small count in Chinese numerals after a comparator or an establishing verb (每年至少开展一次,
     * 至少配备一名) is rewritten to digits before the clause is read. Only there: elsewhere 一 and 五 are
     * words (一站式, 五位一体).
     */
    public static final Pattern CHINESE_COUNT = Pattern.compile(
            "(?<lead>(?:至少|不少于|不低于|设置|配备|建成|建有|设立)[\\u4e00-\\u9fa5]{0,4}?)(?<num>[一两二三四五六七八九十])(?<unit>次|所|名|个|家|支|处)");
    /** Position + 1 is the value; 两 is 2 as well. */
    public static final String CHINESE_DIGITS = "一二三四五六七八九十";

    public static final char CHINESE_TWO = '两';
    /** A bare number followed by a full stop is an item number that was not stripped ("4.保障新生儿…"). */
    public static final Pattern ITEM_NUMBER_AFTER = Pattern.compile("^\\.");

    /** 由2020年的5‰降至3‰: the value the indicator comes from is history, not part of its name. */
    public static final Pattern PAST_VALUE =
            Pattern.compile("(?:由|从)(?:\\d{4}年)?的?\\d+(?:\\.\\d+)?(?:%|‰|/10万|/十万|/万)?");

    /**
     * Names that say what is measured but not of what (实现区级覆盖率达到90%); they take their subject from
     * the clause before. A specific name (龋患率) stands on its own.
     */
    public static final Pattern GENERIC_NAME = Pattern.compile("^(覆盖率|普及率|达标率|使用率|利用率|参与率|完成率|合格率|建成率|配置率|比例|占比)$");

    /** Verbs that open a clause about an institution; dropped when such a clause lends its subject to 覆盖率. */
    public static final Pattern SUBJECT_CLAUSE_VERBS = Pattern.compile("^(?:推进|推动|指导|加强|加快|完善|积极|鼓励|支持|新建|建设|建立|建成)+");

    /**
     * A comparator further back in the clause still binds the number when nothing nearer does:
     * 每千名儿童至少拥有儿科执业（助理）医生1.12名.
     */
    public static final List<Rule<Bound>> COMPARATORS_ANYWHERE = ranked(
            4,
            Surgery.REMOVE_MATCH,
            List.of(
                    Rule.of(
                            "at least, earlier in the clause",
                            "至少|不少于|不低于",
                            bound(TargetKind.AT_LEAST, false),
                            "至少拥有…医生1.12名",
                            "每千名儿童至少拥有儿科执业（助理）医生1.12名"),
                    Rule.of(
                            "guarantee",
                            "保证|确保|保障",
                            bound(TargetKind.AT_LEAST, false),
                            "保证每天小学生10小时…睡眠时间: a guaranteed amount is a minimum",
                            "保证每天小学生10小时、初中生9小时睡眠时间"),
                    Rule.of(
                            "at most, earlier in the clause",
                            "不超过|不高于",
                            bound(TargetKind.AT_MOST, false),
                            "不超过…的比例",
                            "中小学生使用电子屏幕产品时间不超过每天1小时")));

    /**
     * A share written before what it counts: 95%的城市社区…建立家长学校. Without any comparator the
     * plans mean "at least this share".
     */
    public static final Rule<Bound> SHARE_FIRST = Rule.of(
                    "share first", "^的", bound(TargetKind.AT_LEAST, false), "95%的城市社区和85%的农村社区建立家长学校", "95%的城市社区建立家长学校")
            .ranked(7, Surgery.NONE);

    /** 分别…和… : the names before and the values after pair up in order. */
    public static final Pattern RESPECTIVELY = Pattern.compile("分别(为|是)?$");

    /** Separators between the values of one list ("3.0‰、5.0‰和6.0‰"), an inclusive word may repeat per value. */
    public static final Pattern VALUE_LIST_SEPARATOR = Pattern.compile("^(以上|以下|以内)?(、|和|及|与|或)$");

    /** Separators between the names of one list ("新生儿、婴儿和5岁以下儿童死亡率"). */
    public static final Pattern NAME_LIST_SEPARATOR = Pattern.compile("、|和|及|与");
    /** The words that join the last item of a list; a list of names joined by 、 alone has none. */
    public static final Pattern LIST_CONJUNCTION = Pattern.compile("和|及|与");
    /** A value right after 、 continues the list before it ("医生1.12名、床位3.17张"): it shares its bound. */
    public static final Pattern CONTINUES_LIST = Pattern.compile("^、");
    /** A value right after 和 or 、 whose name follows it ("…社会组织和1支志愿者队伍"). */
    public static final Pattern NEXT_IN_LIST = Pattern.compile("(?:和|、)$");
    /** Words after a value that start the next item of a list, not the value's name. */
    public static final Pattern STARTS_NEXT_ITEM = Pattern.compile("^(?:、|和)");

    // ---------------------------------------------------------------- where a target must hold

    /** 以乡镇为单位: each township must meet the target, not only the whole jurisdiction. The phrase is no part of the name. */
    public static final List<Rule<Scope>> SCOPES = List.of(
            Rule.of(
                    "each township",
                    "以(乡镇|乡|镇)(\\((街道|街)\\))?为单位",
                    Scope.EACH_TOWNSHIP,
                    "以乡镇（街道）为单位保持在95%以上",
                    "适龄儿童免疫规划疫苗接种率以乡镇为单位保持在90%以上"),
            Rule.of(
                    "each county",
                    "以(县|区|县\\(市、区\\)|县\\(区\\))为单位",
                    Scope.EACH_COUNTY,
                    "以县为单位",
                    "适龄儿童免疫规划疫苗接种率以县为单位保持在95%以上"));

    /**
     * 每个镇, 每所乡镇卫生院: a minimum every township (or its one health centre) must meet. The unit stays in the
     * name (乡镇卫生院…全科医生); only 每个/每所 is dropped.
     */
    public static final List<Rule<Scope>> SCOPES_PER_UNIT = List.of(Rule.of(
            "every township",
            "每(?:个|所)?(?:乡镇|乡|镇|街道)(?:\\((?:街道|街)\\))?",
            Scope.EACH_TOWNSHIP,
            "每个镇配备1名儿童督导员, 每所乡镇卫生院至少配备1名全科医生",
            "每个镇配备1名儿童督导员"));

    /**
     * A minimum per school, village or clinic: no jurisdiction level lies below the township, so the target keeps
     * scope JURISDICTION and the draft says that it was written per facility, for a person to decide.
     */
    public static final List<Rule<String>> PER_FACILITY = List.of(
            Rule.of(
                    "every facility",
                    "每(?:个|所|家)?(?:[\\u4e00-\\u9fa5()]{0,10}?、)?(?<unit>村\\(社区\\)卫生室|村卫生室|社区\\(村\\)"
                            + "|村\\(社区\\)|中小学校|中小学|学校|幼儿园|托育机构|村|社区(?!卫生服务中心))",
                    "per facility: the text asks this of every %s; no jurisdiction level lies below the township, so the target holds "
                            + "for the jurisdiction as a whole: check it per facility or reword it",
                    "每个社区（村）配备1名儿童主任, 每所乡镇卫生院、村（社区）卫生室至少配备1名全科医生",
                    "每个社区（村）配备1名儿童主任"),
            Rule.of(
                    "schools",
                    "^(?<unit>中小学校|中小学|学校|幼儿园)(?:均|都)?(?:要|应)?至少配备",
                    "per facility: the text asks this of every %s; "
                            + "no jurisdiction level lies below the township, so the target holds for the jurisdiction as a whole: check it "
                            + "per facility or reword it",
                    "中小学校至少配备1名专职或兼职心理健康教育教师",
                    "中小学校至少配备1名专职或兼职心理健康教育教师"));

    /**
     * 每个社区（村）配备1名儿童主任: one in every village or community. No jurisdiction level lies below the township, so
     * it is monitored as the share of villages (communities) that have one, at least 100%, as 000 writes the same promise
     * (社区/村儿童主任覆盖率达到100%); a minimum per school or clinic, or of more than one, stays a count ({@link #PER_FACILITY}).
     */
    public static final Rule<Bound> ONE_IN_EVERY_VILLAGE = Rule.of(
            "one in every village",
            "^每(?:个|所)?(?<unit>社区\\(村\\)|村\\(社区\\)|村|社区)(?:均|都)?(?:要|应)?(?<verb>配备|设立|建有|建立|设置)1(?:名|个|所|家|处)"
                    + "(?<what>[\\u4e00-\\u9fa5]{2,12}?)(?:(?:并|并且|同时).*)?$",
            bound(TargetKind.AT_LEAST, false),
            "每个社区（村）配备1名儿童主任 = 配备儿童主任的社区(村)比例 ≥ 100%",
            "每个社区（村）配备1名儿童主任");
    /** 配备 + 儿童主任 + 的 + 社区(村) + 比例. */
    public static final String VILLAGE_SHARE_NAME = "%s%s的%s比例";

    public static final String VILLAGE_SHARE_NOTE =
            "one in every %s: read as the share of %s that have one (at least 100%%), as no "
                    + "jurisdiction level lies below the township";

    /**
     * A range (培育或孵化1—2个社会组织) is a minimum: a plan target takes one value, so it is adopted as at least the
     * lower end, and the draft says so.
     */
    public static final String RANGE_NOTE =
            "range %1$s-%2$s: adopted as %3$s %1$s (the lower end); the upper end %2$s is not kept";

    /** 每个/每所 in front of a unit that stays in the name. */
    public static final Pattern EACH_PREFIX = Pattern.compile("^每(?:个|所|家)");

    private static final String COUNT_VERB = "(?:至少|不少于|均|并|还|另)?(?:配备|设置|设立|建有|设有|培育|引进|建立)";
    /**
     * A clause that starts with its verb (",至少配备2名专业从事儿童保健的医生") has the subject, scope and notes of
     * the clause before it in the same sentence.
     */
    public static final Pattern SUBJECTLESS_CLAUSE = Pattern.compile("^" + COUNT_VERB);
    /** The subject such a clause takes: what comes before the verb of the clause before (每所乡镇卫生院). */
    public static final Pattern COUNT_SUBJECT = Pattern.compile("^(?<subject>.+?)" + COUNT_VERB);

    // ---------------------------------------------------------------- whole-clause forms

    /** 以2020年为基数下降20%: a change relative to the baseline year, stored as changePct −20. */
    public static final Rule<Integer> RELATIVE_CHANGE = Rule.of(
            "relative change",
            "以(\\d{4})年(?:数据|水平)?为基数(?:的基础上)?(下降|降低|减少|提高|上升|增加|增长)(\\d+(?:\\.\\d+)?)%",
            -1,
            "group 2 gives the sign: 下降 is −, 提高 is +",
            "儿童伤害死亡率以2020年为基数下降20%");
    /** The words of {@link #RELATIVE_CHANGE} that make the change negative. */
    public static final Pattern RELATIVE_CHANGE_DOWN = Pattern.compile("下降|降低|减少");

    /**
     * 儿童溺水死亡率下降30%, 比2020年提高10%: a change in percent without 以…为基数. The base is the year written (比2020年), else
     * the plan's baseline year, which adoption fills in; the draft says so.
     */
    public static final Rule<Integer> RELATIVE_CHANGE_PLAIN = Rule.of(
            "relative change, base year implied",
            "(?:(?:比|较)(?<year>\\d{4})年(?:水平)?)?(?<dir>下降|降低|减少|提高|上升|增加|增长)(?<pct>\\d+(?:\\.\\d+)?)%(?:以上|左右)?$",
            -1,
            "儿童溺水死亡率下降30%",
            "儿童溺水死亡率下降30%");

    public static final String IMPLIED_BASE_NOTE = "no base year written: the plan's baseline year applies";

    /**
     * 其中农村地区达到85%: a part of the target before it (a disaggregation), named after it: 孕产妇系统管理率(农村地区).
     */
    public static final Pattern PART_OF_PREVIOUS = Pattern.compile("^其中");

    public static final String PART_NAME = "%s(%s)";
    public static final String PART_NOTE =
            "a part (其中…) of the target before it: set its disaggregation before adopting";

    /**
     * 建设儿童之家500个: an establishing verb written before what it establishes, the count after; the name is the thing.
     */
    public static final Rule<Bound> ESTABLISH_COUNT_FIRST = Rule.of(
                    "establish a count, verb first",
                    "^(?:新建|建设|建成|建立|培育|设立|打造|创建)(?<name>[\\u4e00-\\u9fa5()]{2,16})$",
                    bound(TargetKind.AT_LEAST, false),
                    "建设儿童之家500个",
                    "建设儿童之家500个")
            .ranked(6, Surgery.NONE);

    /**
     * 每年降低0.5个百分点以上: a change every year of at least so many percentage points, stored as changePerYear −0.5.
     * A range (每年降低0.5到1个百分点) promises at least its lower end.
     */
    public static final Rule<TargetKind> ANNUAL_CHANGE = Rule.of(
            "annual change in points",
            "(?:每年|年均|逐年)(?:至少|平均)?(?<dir>降低|下降|减少|提高|上升|增加|提升|增长)(?<low>\\d+(?:\\.\\d+)?)"
                    + "(?:(?:到|至|-)(?<high>\\d+(?:\\.\\d+)?))?个百分点(?:及以上|以上)?",
            TargetKind.ANNUAL_CHANGE,
            "全区儿童总体近视率每年降低0.5个百分点以上",
            "全区儿童总体近视率每年降低0.5个百分点以上");
    /** The words of {@link #ANNUAL_CHANGE} that make the change a fall. */
    public static final Pattern ANNUAL_CHANGE_DOWN = Pattern.compile("降低|下降|减少");

    public static final String ANNUAL_RANGE_NOTE =
            "range %1$s-%2$s percentage points a year: adopted as a change of at least %1$s "
                    + "(the lower end); the upper end %2$s is not kept";

    /**
     * A share bounded by another indicator's value of the same year, not by a number: 女党员代表比例一般不低于本地区党员总数中
     * 女性比例. Both sides must name an indicator (…比例, …率): 与经济社会发展水平相适应 is no target.
     */
    public static final Rule<TargetKind> AT_LEAST_REFERENCE = Rule.of(
            "at least another indicator",
            "^(?:促进|推动|保障|确保|力争)?(?<name>[^\\d]+?(?:比例|比重|占比|率))(?:一般|原则上|要|应|均)?(?:不低于|不少于|不小于|达到)"
                    + "(?<ref>[^\\d]+?(?:比例|比重|占比|率))(?:水平)?$",
            TargetKind.AT_LEAST_REFERENCE,
            "中国共产党各级党员代表大会中女党员代表比例一般不低于本地区党员总数中女性比例",
            "中国共产党各级党员代表大会中女党员代表比例一般不低于本地区党员总数中女性比例");
    /** 职工代表大会中女性比例与女职工比例相适应: about another indicator's value of the same year. */
    public static final Rule<TargetKind> APPROX_REFERENCE = Rule.of(
            "about another indicator",
            "^(?:促进|推动|保障|确保|力争)?(?<name>[^\\d]+?(?:比例|比重|占比|率))(?:要|应|逐步|基本)?与(?<ref>[^\\d]+?(?:比例|比重|占比|率))"
                    + "(?:相适应|相当|大体相当|相一致|基本持平|持平)$",
            TargetKind.APPROX_REFERENCE,
            "企事业单位职工代表大会中女性比例与女职工比例相适应",
            "企事业单位职工代表大会中女性比例与女职工比例相适应");

    /**
     * 全面普及农村卫生厕所, 城市生活垃圾分类全面普及: full spread is a 普及率 of 100. Hedged (逐步推进…全面普及, 基本普及) it
     * promises no bound; knowledge, skills and ways of life spread have no share a bureau counts.
     */
    public static final Rule<Bound> FULL_SPREAD = Rule.of(
            "full spread",
            "^(?:(?:推进|推动|实现|力争|加快)*(?:全面|普遍)普及(?<after>.+)|(?<before>.+?)(?:全面|普遍)普及)$",
            bound(TargetKind.AT_LEAST, false),
            "全面普及农村卫生厕所",
            "全面普及农村卫生厕所");

    public static final Pattern NO_FULL_SPREAD = Pattern.compile("逐步|基本|知识|技能|方式|理念|意识|常识|观念|文化|精神");
    public static final String SPREAD_SUFFIX = "普及率";

    /**
     * 全覆盖 and 覆盖率达到100% are the same promise: AT_LEAST 100 PERCENT of the coverage of what is named, in
     * 主要目标 and in 策略措施 alike (推进义务教育学校免试就近入学全覆盖: a statistics bureau reports the share
     * covered). 健全覆盖城乡 is no 全覆盖.
     */
    public static final Rule<Bound> FULL_COVERAGE = Rule.of(
            "full coverage",
            "(?<!健)全覆盖",
            bound(TargetKind.AT_LEAST, false),
            "实现村（社区）家长学校全覆盖 = 100%",
            "推进义务教育学校免试就近入学全覆盖");
    /** Verbs before 全覆盖 that are no part of what is covered. */
    public static final Pattern FULL_COVERAGE_VERBS = Pattern.compile("(?:继续)?(?:推进|推动|实现|达到)+$");
    /** 基本实现…全覆盖 promises no bound; a 体系 or a list of 群体 has no share to count. */
    public static final Pattern NO_FULL_COVERAGE = Pattern.compile("基本实现|体系$|群体$");
    /** 县级建有儿童活动中心: in a main goal, a facility that must exist is a count of at least one. */
    public static final Rule<Bound> ESTABLISHED_ONE = Rule.of(
            "has one",
            "^(?:县级|市级|区级|全县|全市|全区|本级)?(?:建有|设有|建成)(?<name>[\\u4e00-\\u9fa5()]{2,16}(?:中心|机构|场所|基地|站|馆|室))$",
            bound(TargetKind.AT_LEAST, false),
            "县级建有儿童活动中心 = AT_LEAST 1 COUNT",
            "县级建有儿童活动中心");

    /** 到2025年 sets the target year of the clauses after it in the same sentence; the default is 2030. */
    public static final Pattern TARGET_YEAR = Pattern.compile("到(20\\d\\d)年");

    public static final int DEFAULT_TARGET_YEAR = 2030;

    /**
     * Directions without a number, read only in 主要目标 and only when the name is an indicator
     * (ends with one of {@link #INDICATOR_HEADS}) or a countable thing ({@link #COUNTABLE_HEADS}):
     * 儿童溺水死亡率持续下降, 稳步提高农村卫生厕所普及率.
     */
    public static final List<Rule<TargetKind>> TRENDS = List.of(
            Rule.of(
                    "falls, name first",
                    "^(?<name>.+?)(?:得到)?(?:逐步|持续|明显|稳步|不断|进一步|逐年|有效|大幅)(?:下降|降低|减少)(?:趋势)?$",
                    TargetKind.TREND_DOWN,
                    "儿童新发近视率明显下降",
                    "儿童新发近视率明显下降"),
            Rule.of(
                    "rises, name first",
                    "^(?<name>.+?)(?:得到)?(?:逐步|持续|明显|稳步|不断|进一步|逐年|大幅)(?:巩固)?(?:提高|提升|上升|增加|增长)$",
                    TargetKind.TREND_UP,
                    "托育机构和托位数量持续增加",
                    "托育机构和托位数量持续增加"),
            Rule.of("lengthens", "^(?<name>.+?)(?:逐步|持续|不断|进一步)?延长$", TargetKind.TREND_UP, "妇女人均预期寿命延长", "妇女人均预期寿命延长"),
            Rule.of(
                    "falls, verb first",
                    "^(?:逐步|持续|稳步|不断|进一步|有效|大幅)?(?:降低|减少|下降)(?<name>.+)$",
                    TargetKind.TREND_DOWN,
                    "降低龋患率",
                    "降低龋患率"),
            Rule.of(
                    "rises, verb first",
                    "^(?:逐步|持续|稳步|不断|进一步|大幅)?(?:巩固)?(?:提高|提升|增加)(?<name>.+)$",
                    TargetKind.TREND_UP,
                    "稳步提高农村卫生厕所普及率",
                    "稳步提高农村卫生厕所普及率"));

    /** A gap that narrows, name first (城乡差距逐步缩小) or verb first (缩小两性家务劳动时间差距). */
    public static final List<Rule<GapGroups>> GAP_NARROWING = List.of(
            Rule.of(
                    "gap narrows, name first",
                    "^(?<name>.*?)差距(?:逐步|持续|明显|不断|进一步|逐年)?缩小$",
                    null,
                    "城乡差距逐步缩小",
                    "婴儿死亡率降至5‰以下，城乡差距逐步缩小"),
            Rule.of(
                    "gap narrows, verb first",
                    "^(?:逐步|持续|不断|进一步)?缩小(?<name>.*?)差距$",
                    null,
                    "缩小男女两性收入差距",
                    "缩小男女两性收入差距"));

    /** The groups of a gap, by the words that name them; the codes are those of the indicator dimensions. */
    public record GapGroups(String dimension, String a, String b) {}

    /**
     * 城乡差距: rural against urban; 男女/两性差距: women against men. 区域差距 names no dimension an indicator
     * has, so a gap only between regions stays qualitative.
     */
    public static final List<Rule<GapGroups>> GAP_DIMENSIONS = List.of(
            Rule.of(
                    "urban and rural",
                    "城乡",
                    new GapGroups("AREA", "RURAL", "URBAN"),
                    "城乡差距逐步缩小",
                    "婴儿死亡率降至5‰以下，城乡差距逐步缩小"),
            Rule.of("women and men", "男女两性|男女|两性|性别", new GapGroups("SEX", "F", "M"), "男女收入差距明显缩小", "缩小男女两性收入差距"));

    /** Groups a gap may also be between that no dimension measures (城乡、区域差距): dropped from the name. */
    public static final Pattern GAP_OTHER_GROUPS = Pattern.compile("、?(?:区域|地区|不同群体|群体)");

    /** Words an indicator name ends with; a trend on anything else (健康水平不断提高) stays qualitative. */
    public static final Pattern INDICATOR_HEADS = Pattern.compile("(率|比例|比重|占比|数量|人数|数|性别比|寿命|年限|巩固水平)$");
    /** Things a plan counts: 增加…校外活动场所 is a trend on their number. */
    public static final Pattern COUNTABLE_HEADS = Pattern.compile("(场所|设施|机构|基地|中心)$");
    /** A level that is no indicator, however it ends: 健康水平, 服务水平 (巩固水平 is the 巩固率 and is one). */
    public static final Pattern NOT_AN_INDICATOR = Pattern.compile("(?<!巩固)水平");

    // ---------------------------------------------------------------- names

    /** Words in front of a name that belong to the sentence, not to the indicator. */
    public static final Pattern NAME_LEADING_NOISE =
            Pattern.compile("^(?:、|和|及|与|并|且|的|由|其中|同时|力争|确保|保证|保障|着力|继续|实现|推动|推进|达到|使|全县|全市|全区|全省|我县|我市|我区|"
                    + "市本级|本级|县级|市级|区级|到20\\d\\d年)+");

    /** Words at the end of a name that belong to the verb phrase: 新生儿访视率要保持在 → 新生儿访视率. */
    public static final Pattern NAME_TRAILING_NOISE =
            Pattern.compile("(?:分别|均|要|应|须|必须|能够|累计|基本|逐步|稳步|持续|进一步|和|及|与|或|、)+$");

    /** The modifier of a counted thing, shared by the next item of its list: 提供儿童福利和未成年人保护服务的 of …的社会组织. */
    public static final Pattern SHARED_MODIFIER = Pattern.compile("^(?<modifier>.+的)[^的]+$");

    /** What follows a counted thing and is no part of it: 1名儿童主任并提高服务能力. */
    public static final Pattern NAME_ENDS_BEFORE = Pattern.compile("(?:并|并且|同时|以便|用于)");

    /**
     * The word a listed name shares with the items before it (检测率 of 乙肝检测率, 人数 of 参保人数, 数量 of
     * 托位数量): 孕产妇艾滋病、梅毒和乙肝检测率 are three rates.
     */
    public static final Pattern LIST_HEAD = Pattern.compile("(?:[\\u4e00-\\u9fa5]{2}率|[\\u4e00-\\u9fa5]{2}人数|数量)$");
    /** A list with 、 before its last 和/及 names one indicator per item; "眼保健和视力检查覆盖率" alone stays one. */
    public static final Pattern ENUMERATION = Pattern.compile("、.*(?:和|及)");
    /**
     * The infections of 母婴传播 prevention named first and shared by the rest of the name: 艾滋病和梅毒孕产妇及所生儿童
     * 感染者治疗率 are two rates, one per infection (the 及 inside the rest joins two groups of one rate).
     */
    public static final Pattern INFECTION_LIST = Pattern.compile("^(?:艾滋病|梅毒|乙肝)(?:[、和及](?:艾滋病|梅毒|乙肝))+");

    public static final Pattern INFECTION = Pattern.compile("艾滋病|梅毒|乙肝");
    /** Heads that count things: 托育机构和托位数量 are two counts, whatever joins them. */
    public static final Pattern COUNT_HEAD = Pattern.compile("(?:人数|数量)$");

    /**
     * Whom the first name of a list is about; a later item that names nobody is about them too:
     * 5岁以下儿童贫血率和生长迟缓率 → 5岁以下儿童生长迟缓率.
     */
    public static final Pattern POPULATION_PREFIX =
            Pattern.compile("^(?:\\d+(?:-\\d+)?岁(?:以下|以上)?)?(?:儿童|婴幼儿|婴儿|新生儿|孕产妇|妇女|女性|女童|中小学生|小学生|初中生|高中生|学生|青少年)");

    /**
     * A share written before what it counts names the predicate last: 95%的城市社区和85%的农村社区建立家长学校 →
     * 建立家长学校的城市社区比例. The predicate starts at the first of these verbs.
     */
    public static final Pattern SHARE_PREDICATE = Pattern.compile("(?:建立|建有|建设|设立|配备|开办|实现|开展|接受|达到|达)");
    /** 70%的妇女在35—45岁接受筛查: the age band of whom a share counts moves in front of them. */
    public static final Pattern SHARE_AGE_BAND = Pattern.compile("^(?<who>.+?)在(?<age>\\d+(?:-\\d+)?岁)$");

    /**
     * School groups each given their own value (小学生10小时、初中生9小时): each gets the shared measure
     * (每天睡眠时间) in its name.
     */
    public static final Pattern GROUP_VALUE =
            Pattern.compile("(?<group>小学生|初中生|高中生|高中阶段学生|中小学生)(?:达到|不少于)?\\d+(?:\\.\\d+)?小时");

    /** 校内外各1小时: one amount each, inside and outside: two targets, 校内… and 校外…. */
    public static final Pattern INSIDE_AND_OUTSIDE = Pattern.compile("(?<place>[\\u4e00-\\u9fa5])内外各(?=\\d)");

    public static final List<String> INSIDE_THEN_OUTSIDE = List.of("内", "外");

    /** A duration is measured as time: 儿童每天接触户外自然光不少于1小时 is about 儿童每天接触户外自然光时间. */
    public static final Pattern TIME_NAME = Pattern.compile("(?:时间|时长)$");

    public static final String TIME_SUFFIX = "时间";
    /** A count of 次 is a number of times: 每年至少开展一次…活动 is about the 活动次数. */
    public static final Pattern TIMES_NAME = Pattern.compile("次数$");

    public static final String TIMES_UNIT = "次";
    public static final String TIMES_SUFFIX = "次数";
    /** How a share written first is named: predicate, what is counted (建立家长学校的城市社区比例). */
    public static final String SHARE_NAME = "%s的%s比例";
    /** How full coverage of a thing is named (义务教育学校免试就近入学覆盖率). */
    public static final String COVERAGE_SUFFIX = "覆盖率";
    /** How the number of countable things is named (校外活动场所数, 每千人口托位数). */
    public static final String COUNT_NAME_SUFFIX = "数";
    /** A name that already says it is per thousand (每千名儿童床位) keeps its own denominator. */
    public static final Pattern PER_THOUSAND_NAME = Pattern.compile("每千");
    /** A name with a modifier of its own (…的志愿者队伍) takes none from the item before it. */
    public static final Pattern HAS_MODIFIER = Pattern.compile("的");

    /**
     * 担任正职的女干部占…的比例 after 市政府领导班子中的女干部比例: a role inside the group the name before it
     * speaks of, which must stay in the name or two plans' different indicators read as one.
     */
    public static final Pattern ROLE_IN_GROUP = Pattern.compile("^担任");

    public static final Pattern GROUP_FRAME = Pattern.compile("^(?<frame>.+?中)的?");

    /**
     * 在新建居住区按照每千人口不少于10个托位规划…: a planning standard; the name is the place, the denominator and
     * what is counted (新建居住区每千人口托位数).
     */
    public static final Pattern PLANNING_STANDARD =
            Pattern.compile("^(?:在)?(?<place>.*?)(?:要|应)?按照(?<per>每千(?:常住)?人口|每千名儿童)$");

    public static final Pattern STANDARD_NOUN = Pattern.compile("^(?<noun>[\\u4e00-\\u9fa5]{1,4}?)(?:规划|建设|配置|配建|标准)");
    /** 老城区和已建成居住区无婴幼儿照护服务设施的,要按照…: the condition clause names where the standard applies. */
    public static final Pattern CONDITION_SUBJECT =
            Pattern.compile("^(?<subject>.+?)(?:无|没有|尚无|未)[\\u4e00-\\u9fa5]*的$");

    // ---------------------------------------------------------------- indicators

    /** Words that place or frame the indicator without changing what is measured: 全县婴儿死亡率 is 婴儿死亡率. */
    public static final Pattern FRAME_WORDS = Pattern.compile("^(全县|全市|全区|全省|全镇|我县|我市|我区|城乡|各级)+");
    /** 的 changes nothing: 政府举办的标准化妇幼保健机构 is 政府举办标准化妇幼保健机构. */
    public static final Pattern FILLER = Pattern.compile("的");
    /** A count is named with or without 数/数量: 托育机构, 托育机构数 and 托育机构数量 are one indicator. */
    public static final Pattern COUNT_SUFFIX = Pattern.compile("(?:数量|数)$");

    /**
     * A proposed indicator's polarity, from the target's own direction: 降至…以下, 不超过, 持续下降 and a negative
     * change mean lower is better; 达到…以上, 不低于, 持续提高 and a positive one, higher. Null where the target
     * says no direction (左右, 差距, qualitative): then {@link #LOWER_IS_BETTER_NAMES} decides.
     */
    public static Polarity polarityStatedBy(TargetKind kind, BigDecimal change) {
        BigDecimal changePct = change;
        return switch (kind) {
            case AT_MOST, TREND_DOWN -> Polarity.LOWER_IS_BETTER;
            case AT_LEAST, TREND_UP -> Polarity.HIGHER_IS_BETTER;
            case RELATIVE_CHANGE, ANNUAL_CHANGE ->
                changePct == null || changePct.signum() == 0
                        ? null
                        : changePct.signum() < 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
            default -> null;
        };
    }

    /** Names of what goes down when things improve, for a proposal whose target states no direction. */
    public static final Pattern LOWER_IS_BETTER_NAMES = Pattern.compile(
            "死亡率|发生率|患病率|患率|近视率|肥胖率|超重率|贫血率|迟缓率|低体重|流行率|发病率|感染率|出生率|传播率|犯罪|辍学率|文盲率" + "|剖宫产率|吸烟率|差距|缺陷");

    /** A rate written with a count unit (…率达到2名) is still a rate. */
    public static final Pattern RATE_NAME = Pattern.compile("率$");
    /** The unit a proposed indicator takes from its name when the text wrote none (a trend, a gap); first match wins. */
    public static final List<Rule<Unit>> UNITS_BY_NAME = List.of(
            Rule.of("deaths per 100,000", "(孕产妇|伤害|溺水|自杀)死亡率$", Unit.PER_100K, "孕产妇死亡率 12/10万", "儿童溺水死亡率"),
            Rule.of("deaths per 1,000", "死亡率$", Unit.PER_MILLE, "婴儿死亡率 5‰", "婴儿死亡率"),
            Rule.of("rates and shares", "(率|比例|占比|比重)$", Unit.PERCENT, "普及率, 女性比例", "女性比例"),
            Rule.of("sex ratio", "性别比$", Unit.RATIO, "出生人口性别比", "出生人口性别比"),
            Rule.of("years", "(寿命|年限)$", Unit.YEARS, "人均预期寿命, 平均受教育年限", "人均预期寿命"));

    // ---------------------------------------------------------------- document structure

    /** The title line that starts a plan: 鹿寨县儿童发展规划, optionally with its period on the same line. */
    public static final Pattern PLAN_TITLE = Pattern.compile(
            "^(?<jur>[\\u4e00-\\u9fa5]{2,20}?)(?<pop>儿童|妇女)发展规划(?:\\((?<start>\\d{4})-(?<end>\\d{4})年\\))?$");
    /** The period line under a title: （2021—2030年）. */
    public static final Pattern PERIOD_LINE = Pattern.compile("^\\((?<start>\\d{4})-(?<end>\\d{4})年\\)$");
    /** A period anywhere, for a plan without a title line (seed 003). */
    public static final Pattern PERIOD_ANYWHERE = Pattern.compile("(?<start>20\\d\\d)-(?<end>20\\d\\d)年");
    /** A jurisdiction named by its party committee (罗江区委、区政府…), for a plan without a title line. */
    public static final Pattern JURISDICTION_COMMITTEE =
            Pattern.compile("(?:^|[,、。;:])(?<jur>[\\u4e00-\\u9fa5]{2,6}?[县区市旗])委[、,]");
    /** 韶关市曲江区 → 曲江区: a plan belongs to the last unit its title names. */
    public static final Pattern MOST_SPECIFIC_UNIT = Pattern.compile("(?:.*?[省市州盟])?([\\u4e00-\\u9fa5]{2,}?[县区市旗])$");
    /** A domain heading: （一）儿童与健康, (六)儿童与发展环境。 */
    public static final Pattern DOMAIN_HEADING =
            Pattern.compile("^\\((?<ord>[一二三四五六七八九十]{1,2})\\)(?<name>(?:儿童|妇女)[\\u4e00-\\u9fa5]{1,12}?)。?$");

    public static final Pattern GOALS_START = Pattern.compile("^主要目标");
    /** A heading further than this many lines above 主要目标 belongs to something else (seed 003 lost two headings). */
    public static final int HEADING_REACH = 3;
    /** A qualitative target's name is its goal's first phrase, cut to what fits in a list view. */
    public static final int QUALITATIVE_NAME_MAX = 24;

    public static final Pattern FIRST_PHRASE_END = Pattern.compile("[,。;:]|(?<!\\d)\\.|\\.(?!\\d)");
    /** Whom a plan is for, by the word its title uses, or by the word it uses most when it has no title. */
    public static final String WOMEN = "妇女";

    public static final String CHILDREN = "儿童";
    /** How a title is written back with its period: 鹿寨县儿童发展规划（2021—2030年）. */
    public static final String TITLE = "%s%s发展规划";

    public static final String TITLE_WITH_PERIOD = "%s%s发展规划（%d—%d年）";
    public static final Pattern MEASURES_START = Pattern.compile("^策略措施");
    /**
     * A chapter of key projects after the domains (三、重点工程, 四、重点项目, 专栏, 五、实施儿童健康促进工程): its
     * targets are written like measures and read as such.
     */
    public static final Pattern PROJECTS_CHAPTER = Pattern.compile("重点工程|重点项目|专栏|实施[\\u4e00-\\u9fa5]{0,20}工程");
    /** One project inside that chapter: （一）儿童友好城市建设工程。, or 专栏1 …. */
    public static final Pattern PROJECT_HEADING = Pattern.compile("^(?:\\([一二三四五六七八九十]{1,3}\\)|专栏\\d*)");

    public static final String RESTATED_IN_PROJECT = "restated in %s at line %d";
    public static final String FROM_PROJECT = "read in %s, a key project: check the domain it is filed under";
    /** 三、组织实施 and any other top-level heading ends the last domain. */
    public static final Pattern TOP_LEVEL_HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}、");
    /** A numbered item: "3．新生儿…" normalised to "3.新生儿…"; "8.5岁以下" is item 8 about 5岁以下. */
    public static final Pattern NUMBERED_ITEM = Pattern.compile("^(?<num>\\d{1,2})[.、](?<text>.*)$");

    /** Document number of the covering notice: 韶曲府办〔2022〕8号. */
    public static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\u4e00-\\u9fa5]{1,8}[〔\\[]\\d{4}[〕\\]]\\d+号");
    /** 韶关市曲江区人民政府办公室关于印发…的通知: the issuer precedes 关于印发. */
    public static final Pattern ISSUER_BEFORE_NOTICE = Pattern.compile("^(?<issuer>[\\u4e00-\\u9fa5]{2,30}?)关于印发");
    /** A body that issues notices, on a line of its own. */
    public static final Pattern ISSUER_LINE = Pattern.compile("^[\\u4e00-\\u9fa5]{2,30}(人民政府|办公室|委员会|人民政府办公室)$");

    public static final Pattern FULL_DATE = Pattern.compile("(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日");
    /** A notice may close with its date instead (002: "2022年6月29日印发"), within this many lines of the end. */
    public static final Pattern ISSUED_LINE = Pattern.compile("印发$");

    public static final int ISSUED_LINE_REACH = 12;

    /**
     * The national outlines fix the domains and their order; a local plan whose text lost a heading
     * (seed 003) gets the name from here, flagged as inferred.
     */
    public static final List<String> CHILDREN_DOMAINS =
            List.of("儿童与健康", "儿童与安全", "儿童与教育", "儿童与福利", "儿童与家庭", "儿童与环境", "儿童与法律保护");

    public static final List<String> WOMEN_DOMAINS =
            List.of("妇女与健康", "妇女与教育", "妇女与经济", "妇女参与决策和管理", "妇女与社会保障", "妇女与家庭建设", "妇女与环境", "妇女与法律");

    private static Bound bound(TargetKind kind, boolean strict) {
        return new Bound(kind, strict, false);
    }

    private static Bound bound(TargetKind kind, boolean strict, boolean maintain) {
        return new Bound(kind, strict, maintain);
    }
}
