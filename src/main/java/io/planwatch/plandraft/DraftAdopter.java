package io.planwatch.plandraft;

import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.department.Department;
import io.planwatch.indicator.Indicator;
import io.planwatch.indicator.IndicatorDto;
import io.planwatch.indicator.IndicatorService;
import io.planwatch.plan.DomainDto;
import io.planwatch.plan.GoalDto;
import io.planwatch.plan.PlanDto;
import io.planwatch.plan.PlanService;
import io.planwatch.plan.TargetDto;
import io.planwatch.plan.TargetService;
import io.planwatch.plandraft.parser.IndicatorMatch;
import io.planwatch.plandraft.parser.IndicatorMatcher;
import io.planwatch.plandraft.parser.LibraryIndicator;
import io.planwatch.security.Actor;
import io.planwatch.security.Actors;
import io.planwatch.vocabulary.Dimension;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a stored draft into a plan in one transaction, through the same services the API uses, so every rule of a
 * plan, domain, goal and target applies. Any invalid target fails the whole adoption with every problem listed.
 */
@ApplicationScoped
public class DraftAdopter {

    private final EntityManager em;
    private final PlanDraftService drafts;
    private final PlanService plans;
    private final TargetService targets;
    private final IndicatorService indicators;

    private final Actors actors;

    public DraftAdopter(
            EntityManager em,
            PlanDraftService drafts,
            PlanService plans,
            TargetService targets,
            IndicatorService indicators,
            Actors actors) {
        this.em = em;
        this.actors = actors;
        this.drafts = drafts;
        this.plans = plans;
        this.targets = targets;
        this.indicators = indicators;
    }

    @Transactional
    public AdoptionDto adopt(long id, AdoptionRequest request) {
        Draft row = drafts.row(id);
        claim(row, request.plan());
        DraftDto draft = drafts.view(row);
        Map<Integer, TargetCorrection> corrections =
                corrections(request.corrections(), draft.targets().size());
        if (request.leadDepartment() != null
                && Department.findByCode(request.leadDepartment()).isEmpty()) {
            throw ProblemException.invalid(
                    "leadDepartment",
                    FieldErrorCode.UNKNOWN_REFERENCE,
                    "department '" + request.leadDepartment() + "' does not exist");
        }

        List<Integer> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Integer, TargetDto> planned = new LinkedHashMap<>();
        Map<String, DraftDto.Match> proposals = new HashMap<>();
        List<LibraryIndicator> library = PlanDraftService.library();
        for (DraftDto.Target t : draft.targets()) {
            TargetCorrection c = corrections.get(t.index());
            if (c != null && c.skipped()) {
                skipped.add(t.index());
                continue;
            }
            String indicator = indicatorOf(t.indicator(), library, proposals);
            String reference = indicatorOf(t.reference(), library, proposals);
            planned.put(t.index(), corrected(t, indicator, reference, c, request.leadDepartment()));
            if (t.notes() != null) {
                t.notes().forEach(n -> notes.add("target " + t.index() + " (line " + t.line() + "): " + n));
            }
        }

        plans.create(plan(request, draft));
        int goals = 0;
        for (DraftDto.Domain d : draft.domains()) {
            plans.createDomain(request.plan(), new DomainDto(d.order(), d.name(), null));
            for (DraftDto.Goal g : d.goals()) {
                plans.createGoal(request.plan(), d.order(), new GoalDto(g.number(), g.text()));
                goals++;
            }
        }
        List<String> created = createProposed(planned.values(), proposals, id);
        List<FieldError> errors = new ArrayList<>();
        planned.forEach((index, dto) -> {
            try {
                targets.create(request.plan(), dto);
            } catch (ProblemException e) {
                List<FieldError> reported = e.errors().isEmpty()
                        ? List.of(FieldError.of(null, FieldErrorCode.of(e.type()), e.getMessage()))
                        : e.errors();
                reported.forEach(f ->
                        errors.add(new FieldError(index, f.field(), f.code(), "target " + index + ": " + f.message())));
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    errors.size() + " problem(s) in the draft's targets, e.g. "
                            + errors.get(0).message() + "; nothing was adopted (correct or skip them by index)",
                    errors);
        }
        return new AdoptionDto(
                id,
                request.plan(),
                draft.domains().size(),
                goals,
                planned.size(),
                skipped,
                created,
                notes,
                actors.current());
    }

    /** Marks the draft adopted first: the row lock makes a concurrent second adoption wait, then see it and fail. */
    private void claim(Draft row, String plan) {
        Actor actor = actors.current();
        int claimed = em.createQuery("""
                        update Draft d set d.adoptedPlan = :plan, d.adoptedAt = :now, d.adoptedBySubject = :subject, d.adoptedByDepartment = :department
                        where d.id = :id and d.adoptedPlan is null""")
                .setParameter("plan", plan)
                .setParameter("now", Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter("id", row.id)
                .setParameter("subject", actor.subject())
                .setParameter("department", actor.department())
                .executeUpdate();
        if (claimed == 0) {
            em.refresh(row);
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "plan draft " + row.id + " was already adopted as plan '" + row.adoptedPlan + "'");
        }
        em.refresh(row);
    }

    private static Map<Integer, TargetCorrection> corrections(List<TargetCorrection> list, int count) {
        Map<Integer, TargetCorrection> byIndex = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            TargetCorrection c = list.get(i);
            if (c.index() >= count) {
                errors.add(FieldError.of(
                        "corrections[" + i + "].index",
                        FieldErrorCode.OUT_OF_RANGE,
                        "the draft has targets 0–" + (count - 1) + ", not " + c.index()));
            } else if (byIndex.put(c.index(), c) != null) {
                errors.add(FieldError.of(
                        "corrections[" + i + "].index",
                        FieldErrorCode.DUPLICATE,
                        "target " + c.index() + " is corrected twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, errors.get(0).message(), errors);
        }
        return byIndex;
    }

    /**
     * The draft's match, except that a proposal the library now covers (an earlier adoption created it, or someone
     * added a synonym) uses the library's indicator instead of creating a duplicate.
     */
    private static String indicatorOf(
            DraftDto.Match m, List<LibraryIndicator> library, Map<String, DraftDto.Match> proposals) {
        if (m == null || m.how() != IndicatorMatch.How.PROPOSED) {
            return m == null ? null : m.code();
        }
        IndicatorMatch now = IndicatorMatcher.match(m.asWritten(), m.unit(), m.polarity(), library);
        if (!now.proposed()) {
            return now.code();
        }
        proposals.putIfAbsent(m.code(), m);
        return m.code();
    }

    private static TargetDto corrected(
            DraftDto.Target t, String indicator, String reference, TargetCorrection c, String defaultLead) {
        if (c == null) {
            c = new TargetCorrection(
                    t.index(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null);
        }
        TargetKind kind = or(c.kind(), t.kind());
        boolean bounded = kind == TargetKind.AT_MOST || kind == TargetKind.AT_LEAST;
        boolean relative = kind == TargetKind.RELATIVE_CHANGE;
        boolean annual = kind == TargetKind.ANNUAL_CHANGE;
        return new TargetDto(
                null,
                or(c.domain(), t.domain()),
                c.domain() != null || c.goal() != null ? c.goal() : t.goal(),
                c.indicator() != null || (kind == TargetKind.QUALITATIVE && c.kind() != null)
                        ? c.indicator()
                        : indicator,
                kind,
                kind.needsValue() ? or(c.value(), t.value()) : null,
                bounded && or(c.strict(), t.strict()),
                or(c.targetYear(), t.targetYear()),
                or(c.maintain(), t.maintain()),
                or(c.scope(), t.scope()),
                c.disaggregation(),
                kind == TargetKind.GAP_NARROWING ? or(c.gap(), t.gap()) : null,
                relative || annual ? or(c.baselineYear(), t.baselineYear()) : null,
                relative ? or(c.changePct(), t.changePct()) : null,
                kind == TargetKind.APPROX || kind == TargetKind.APPROX_REFERENCE
                        ? or(c.tolerance(), t.tolerance())
                        : null,
                annual ? or(c.changePerYear(), t.changePerYear()) : null,
                kind.isReference() ? or(c.reference(), reference) : null,
                c.milestones(),
                or(c.leadDepartment(), defaultLead),
                c.cooperatingDepartments(),
                t.sourceText(),
                t.line());
    }

    private static <T> T or(T correction, T draft) {
        return correction != null ? correction : draft;
    }

    private static PlanDto plan(AdoptionRequest r, DraftDto draft) {
        DraftDto.Metadata m = draft.metadata();
        List<FieldError> missing = new ArrayList<>();
        String title = or(r.title(), m.title());
        var population = or(r.population(), m.population());
        Integer start = or(r.periodStart(), m.periodStart());
        Integer end = or(r.periodEnd(), m.periodEnd());
        if (title == null) {
            missing.add(FieldError.of("title", FieldErrorCode.REQUIRED, "the text states no plan title; give one"));
        }
        if (population == null) {
            missing.add(FieldError.of(
                    "population",
                    FieldErrorCode.REQUIRED,
                    "the title does not say whom the plan is for; give CHILDREN or WOMEN"));
        }
        if (start == null || end == null) {
            missing.add(FieldError.of(
                    start == null ? "periodStart" : "periodEnd",
                    FieldErrorCode.REQUIRED,
                    "the text states no plan period; give periodStart and periodEnd"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED, missing.get(0).message(), missing);
        }
        Integer midterm = r.midtermYear() != null ? r.midtermYear() : (start + end) / 2;
        return new PlanDto(
                r.plan(),
                title.length() > 200 ? title.substring(0, 200) : title,
                r.jurisdiction(),
                population,
                start,
                end,
                r.baselineYear(),
                midterm,
                or(r.issuer(), m.issuer()),
                or(r.documentNumber(), m.documentNumber()),
                or(r.issueDate(), m.issueDate()),
                r.status(),
                r.parentPlan());
    }

    /**
     * Creates the proposed indicators the adopted targets use, as their own indicator (with the dimensions their gaps
     * need) or as the reference they are compared with.
     */
    private List<String> createProposed(
            Iterable<TargetDto> planned, Map<String, DraftDto.Match> proposals, long draftId) {
        Map<String, Set<Dimension>> used = new LinkedHashMap<>();
        for (TargetDto t : planned) {
            if (t.indicator() != null
                    && proposals.containsKey(t.indicator())
                    && Indicator.findByCode(t.indicator()).isEmpty()) {
                Set<Dimension> dims = used.computeIfAbsent(t.indicator(), k -> new TreeSet<>());
                Arrays.stream(Dimension.values())
                        .filter(d -> t.gap() != null && d.name().equals(t.gap().dimension()))
                        .forEach(dims::add);
            }
            if (t.reference() != null
                    && proposals.containsKey(t.reference())
                    && Indicator.findByCode(t.reference()).isEmpty()) {
                used.computeIfAbsent(t.reference(), k -> new TreeSet<>());
            }
        }
        used.forEach((code, dims) -> {
            DraftDto.Match m = proposals.get(code);
            String name = m.name().length() > 200 ? m.name().substring(0, 200) : m.name();
            Set<String> synonyms =
                    m.asWritten().equals(name) || m.asWritten().length() > 200 ? Set.of() : Set.of(m.asWritten());
            indicators.create(new IndicatorDto(
                    code,
                    name,
                    m.unit() == null ? Unit.COUNT : m.unit(),
                    m.polarity(),
                    null,
                    null,
                    dims,
                    null,
                    "Proposed by plan draft " + draftId + " from the plan text's 「" + m.asWritten() + "」",
                    null,
                    synonyms));
        });
        return List.copyOf(used.keySet());
    }
}
