package io.planwatch.plandraft.parser;

import static io.planwatch.plandraft.parser.ParsingRules.*;

import io.planwatch.vocabulary.Population;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads one plan's lines: its title and period, then each domain's 主要目标 and 策略措施, handing each
 * block of those (a line, or the lines a sentence runs across) to {@link TargetExtractor}. Main goals that state nothing measurable become QUALITATIVE
 * targets so the draft lists every promise of the plan.
 */
final class PlanReader {

    private PlanReader() {}

    static PlanDraft read(PlanTextParser.Lines lines, int first, int last, NoticeHeader header) {
        Matcher title = PLAN_TITLE.matcher(lines.at(first));
        String jurisdictionName = null;
        Population population = null;
        Integer start = null;
        Integer end = null;
        String titleText = null;
        if (title.matches()) {
            jurisdictionName = mostSpecific(title.group("jur"));
            population = WOMEN.equals(title.group("pop")) ? Population.WOMEN : Population.CHILDREN;
            if (title.group("start") != null) {
                start = Integer.valueOf(title.group("start"));
                end = Integer.valueOf(title.group("end"));
            }
            for (int i = first + 1; start == null && i <= Math.min(last, first + 4); i++) {
                Matcher p = PERIOD_LINE.matcher(lines.at(i));
                if (p.matches()) {
                    start = Integer.valueOf(p.group("start"));
                    end = Integer.valueOf(p.group("end"));
                }
            }
            titleText = start == null
                    ? String.format(TITLE, title.group("jur"), title.group("pop"))
                    : String.format(TITLE_WITH_PERIOD, title.group("jur"), title.group("pop"), start, end);
        } else {
            jurisdictionName = committeeJurisdiction(lines, first, last);
            population = guessPopulation(lines, first, last);
            int[] period = latestPeriod(lines, first, last);
            if (period != null) {
                start = period[0];
                end = period[1];
            }
        }

        List<DraftDomain> domains = new ArrayList<>();
        List<DraftTarget> targets = new ArrayList<>();
        List<UnreadClause> unread = new ArrayList<>();
        readDomains(lines, first, last, population, domains, targets, unread);
        return new PlanDraft(
                titleText,
                jurisdictionName,
                start,
                end,
                header.issuer(),
                header.documentNumber(),
                header.issueDate(),
                population,
                domains,
                targets,
                first,
                last,
                unread);
    }

    private enum Mode {
        NONE,
        GOALS,
        MEASURES,
        PROJECTS
    }

    /**
     * Lines read as one text: a sentence may run on across a line break (and the blank lines between),
     * "城乡、" / "区域差距逐步缩小". A block ends where a sentence ends with its line, at a numbered item or a heading.
     */
    private static final class Block {
        final int domainOrder;
        final Integer goalNumber;
        final boolean inGoals;
        /** The key project (重点工程) the block belongs to, counted from 1 in the chapter; null inside the domains. */
        Integer project;

        final StringBuilder text = new StringBuilder();
        final List<Integer> offsets = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();

        Block(int domainOrder, Integer goalNumber, boolean inGoals) {
            this.domainOrder = domainOrder;
            this.goalNumber = goalNumber;
            this.inGoals = inGoals;
        }

        void add(String body, int line) {
            offsets.add(text.length());
            lines.add(line);
            text.append(body);
        }

        boolean runsOn() {
            return text.isEmpty()
                    || !SENTENCE_END.matcher(text.substring(text.length() - 1)).matches();
        }

        TargetExtractor.Read read() {
            TargetExtractor.LineMap map = new TargetExtractor.LineMap(
                    offsets.stream().mapToInt(Integer::intValue).toArray(),
                    lines.stream().mapToInt(Integer::intValue).toArray());
            return TargetExtractor.read(
                    text.toString(), new TargetExtractor.Place(domainOrder, goalNumber, inGoals, map));
        }
    }

    private static void readDomains(
            PlanTextParser.Lines lines,
            int first,
            int last,
            Population population,
            List<DraftDomain> domains,
            List<DraftTarget> targets,
            List<UnreadClause> unread) {
        Mode mode = Mode.NONE;
        String heading = null;
        int headingLine = -1;
        int order = 0;
        int domainLine = 0;
        String domainName = null;
        boolean inferred = false;
        List<DraftGoal> goals = new ArrayList<>();
        List<DraftTarget> domainTargets = new ArrayList<>();
        Integer goalNumber = null;
        Block block = null;
        String projectsChapter = null;
        int project = 0;
        List<ProjectTarget> projectTargets = new ArrayList<>();

        for (int i = first; i <= last; i++) {
            String line = lines.at(i);
            String fromBookmark = headingIn(lines.bookmarkAt(i));
            String fromText = headingIn(line);
            if (fromText != null || fromBookmark != null) {
                heading = fromText != null ? fromText : fromBookmark;
                headingLine = i;
            }
            boolean goalsStart = GOALS_START.matcher(line).find();
            boolean measuresStart = order > 0 && MEASURES_START.matcher(line).find();
            boolean topLevel = TOP_LEVEL_HEADING.matcher(line).find();
            boolean projectsStart =
                    order > 0 && topLevel && PROJECTS_CHAPTER.matcher(line).find();
            boolean projectHeading = mode == Mode.PROJECTS
                    && !topLevel
                    && (fromText != null || PROJECT_HEADING.matcher(line).find());
            boolean otherHeading = topLevel || fromText != null;
            if (goalsStart || measuresStart || otherHeading || projectHeading) {
                flush(block, domainTargets, projectTargets, unread);
                block = null;
            }
            if (projectsStart) {
                mode = Mode.PROJECTS; // 三、重点工程: targets written like measures, after every domain
                projectsChapter = TOP_LEVEL_HEADING.matcher(line).replaceFirst("");
                project++;
                continue;
            }
            if (projectHeading) {
                project++; // （一）儿童友好城市建设工程。
                continue;
            }
            if (goalsStart) {
                if (order > 0) {
                    finishDomain(domains, targets, order, domainName, inferred, domainLine, goals, domainTargets);
                }
                order++;
                domainLine = i;
                inferred = heading == null || i - headingLine > HEADING_REACH;
                domainName = inferred ? standardName(population, order) : heading;
                heading = null;
                goals = new ArrayList<>();
                domainTargets = new ArrayList<>();
                goalNumber = null;
                mode = Mode.GOALS;
                continue;
            }
            if (measuresStart) {
                mode = Mode.MEASURES;
                continue;
            }
            if (otherHeading) {
                mode = Mode.NONE; // 三、组织实施, or the next domain's heading before its 主要目标
                continue;
            }
            if (mode == Mode.NONE || line.isEmpty()) {
                continue;
            }
            String body = line;
            Matcher item = NUMBERED_ITEM.matcher(line);
            boolean numbered = item.matches();
            if (numbered) {
                body = item.group("text");
                if (mode == Mode.GOALS) {
                    goalNumber = Integer.valueOf(item.group("num"));
                    goals.add(new DraftGoal(goalNumber, body, i));
                }
            } else if (mode == Mode.GOALS && goalNumber != null) {
                // an unnumbered line inside 主要目标 continues the goal above it
                DraftGoal previous = goals.remove(goals.size() - 1);
                goals.add(new DraftGoal(previous.number(), previous.text() + body, previous.line()));
            }
            if (numbered || block == null || !block.runsOn()) {
                flush(block, domainTargets, projectTargets, unread);
                block = new Block(order, mode == Mode.GOALS ? goalNumber : null, mode == Mode.GOALS);
                block.project = mode == Mode.PROJECTS ? project : null;
            }
            block.add(body, i);
        }
        flush(block, domainTargets, projectTargets, unread);
        if (order > 0) {
            finishDomain(domains, targets, order, domainName, inferred, domainLine, goals, domainTargets);
        }
        placeProjects(domains, targets, projectTargets, projectsChapter);
    }

    private record ProjectTarget(int project, DraftTarget target) {}

    private static void flush(
            Block block,
            List<DraftTarget> domainTargets,
            List<ProjectTarget> projectTargets,
            List<UnreadClause> unread) {
        if (block == null) {
            return;
        }
        TargetExtractor.Read read = block.read();
        unread.addAll(read.unread());
        for (DraftTarget t : read.targets()) {
            if (block.project == null) {
                domainTargets.add(t);
            } else {
                projectTargets.add(new ProjectTarget(block.project, t));
            }
        }
    }

    /**
     * A key project's target that restates one of the domains' (002: 近视率 in 儿童护眼爱牙工程) is that target, with a note;
     * a new one joins the domain of the first target its project restates, or, when the project restates none, a domain of
     * its own named after the chapter (重点工程), so nothing the chapter promises is lost.
     */
    private static void placeProjects(
            List<DraftDomain> domains, List<DraftTarget> targets, List<ProjectTarget> projectTargets, String chapter) {
        if (projectTargets.isEmpty()) {
            return;
        }
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).kind() != TargetKind.QUALITATIVE) {
                known.putIfAbsent(sameTarget(targets.get(i)), i);
            }
        }
        Map<Integer, Integer> domainOfProject = new HashMap<>();
        List<ProjectTarget> fresh = new ArrayList<>();
        for (ProjectTarget p : projectTargets) {
            Integer restated = known.get(sameTarget(p.target()));
            if (restated == null) {
                fresh.add(p);
                continue;
            }
            DraftTarget original = targets.get(restated);
            targets.set(
                    restated,
                    original.withNote(String.format(
                            RESTATED_IN_PROJECT, chapter, p.target().line())));
            domainOfProject.putIfAbsent(p.project(), original.domainOrder());
        }
        int ownDomain = 0;
        for (ProjectTarget p : fresh) {
            Integer domain = domainOfProject.get(p.project());
            if (domain == null) {
                if (ownDomain == 0) {
                    ownDomain = domains.size() + 1;
                    domains.add(new DraftDomain(
                            ownDomain, chapter, false, p.target().line(), List.of()));
                }
                domain = ownDomain;
            }
            targets.add(p.target().withDomain(domain).withNote(String.format(FROM_PROJECT, chapter)));
        }
    }

    private static void finishDomain(
            List<DraftDomain> domains,
            List<DraftTarget> targets,
            int order,
            String name,
            boolean inferred,
            int line,
            List<DraftGoal> goals,
            List<DraftTarget> domainTargets) {
        domains.add(new DraftDomain(order, name, inferred, line, goals));
        List<DraftTarget> ordered = new ArrayList<>();
        Map<Integer, List<DraftTarget>> byGoal = new HashMap<>();
        domainTargets.stream()
                .filter(t -> t.goalNumber() != null)
                .forEach(t -> byGoal.computeIfAbsent(t.goalNumber(), n -> new ArrayList<>())
                        .add(t));
        Set<Integer> withTargets = new HashSet<>(byGoal.keySet());
        for (DraftGoal goal : goals) {
            // a number written twice (a text of 400 lines "1.婴儿死亡率…") gives its targets once, not once per repetition
            List<DraftTarget> ofGoal = byGoal.remove(goal.number());
            if (ofGoal != null) {
                ordered.addAll(ofGoal);
            } else if (!withTargets.contains(goal.number())) {
                ordered.add(qualitative(order, goal));
            }
        }
        Map<String, Integer> goalTargets = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).kind() != TargetKind.QUALITATIVE) {
                goalTargets.putIfAbsent(sameTarget(ordered.get(i)), i);
            }
        }
        for (DraftTarget t : domainTargets) {
            if (t.goalNumber() != null) {
                continue;
            }
            Integer restated = goalTargets.get(sameTarget(t));
            if (restated == null) {
                ordered.add(t);
            } else {
                // a measure that repeats a main goal's target (000: 214 and 239) is that target, not a second one
                ordered.set(
                        restated, ordered.get(restated).withNote("restated among the measures at line " + t.line()));
            }
        }
        targets.addAll(ordered);
    }

    /** What makes a measure's target the same as a main goal's: indicator name, kind, value, unit and scope. */
    private static String sameTarget(DraftTarget t) {
        return IndicatorMatcher.normalize(t.indicatorName()) + "|" + t.kind() + "|"
                + (t.value() == null ? "" : t.value().stripTrailingZeros().toPlainString()) + "|" + t.unit() + "|"
                + t.scope();
    }

    private static DraftTarget qualitative(int order, DraftGoal goal) {
        String first = FIRST_PHRASE_END.split(goal.text(), 2)[0];
        String name = first.length() > QUALITATIVE_NAME_MAX ? first.substring(0, QUALITATIVE_NAME_MAX) : first;
        return new DraftTarget(
                order,
                goal.number(),
                name,
                TargetKind.QUALITATIVE,
                null,
                null,
                Unit.NONE,
                false,
                false,
                DEFAULT_TARGET_YEAR,
                Scope.JURISDICTION,
                null,
                null,
                null,
                null,
                goal.text(),
                goal.line(),
                List.of(),
                null,
                null,
                List.of(QUALITATIVE_RULE),
                null);
    }

    private static String headingIn(String text) {
        for (String candidate : text.split("\n")) {
            Matcher m = DOMAIN_HEADING.matcher(candidate);
            if (m.matches()) {
                return m.group("name");
            }
        }
        return null;
    }

    private static String standardName(Population population, int order) {
        List<String> names = population == Population.WOMEN ? WOMEN_DOMAINS : CHILDREN_DOMAINS;
        return order <= names.size() ? names.get(order - 1) : null;
    }

    /** 韶关市曲江区 → 曲江区: the plan belongs to the last unit named. */
    static String mostSpecific(String jurisdiction) {
        Matcher m = MOST_SPECIFIC_UNIT.matcher(jurisdiction);
        if (m.matches() && m.group(1).length() < jurisdiction.length()) {
            return m.group(1);
        }
        return jurisdiction;
    }

    private static String committeeJurisdiction(PlanTextParser.Lines lines, int first, int last) {
        for (int i = first; i <= last; i++) {
            Matcher m = JURISDICTION_COMMITTEE.matcher(lines.at(i));
            if (m.find()) {
                return m.group("jur");
            }
        }
        return null;
    }

    private static Population guessPopulation(PlanTextParser.Lines lines, int first, int last) {
        int children = 0;
        int women = 0;
        for (int i = first; i <= last; i++) {
            children += count(lines.at(i), CHILDREN);
            women += count(lines.at(i), WOMEN);
        }
        return women > children ? Population.WOMEN : Population.CHILDREN;
    }

    private static int count(String s, String word) {
        int n = 0;
        for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    /** Without a title line, the plan's own period is the latest one the opening mentions (not the previous plan's). */
    private static int[] latestPeriod(PlanTextParser.Lines lines, int first, int last) {
        int[] best = null;
        for (int i = first; i <= Math.min(last, first + 30); i++) {
            Matcher m = PERIOD_ANYWHERE.matcher(lines.at(i));
            while (m.find()) {
                int s = Integer.parseInt(m.group("start"));
                int e = Integer.parseInt(m.group("end"));
                if (e > s && (best == null || s > best[0])) {
                    best = new int[] {s, e};
                }
            }
        }
        return best;
    }
}
