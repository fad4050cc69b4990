package io.planwatch.plandraft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.common.RequestLimits;
import io.planwatch.indicator.Indicator;
import io.planwatch.plandraft.parser.DraftTarget;
import io.planwatch.plandraft.parser.IndicatorMatcher;
import io.planwatch.plandraft.parser.LibraryIndicator;
import io.planwatch.plandraft.parser.PlanDraft;
import io.planwatch.plandraft.parser.PlanTextParser;
import io.planwatch.security.Actor;
import io.planwatch.security.Actors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads plan texts into drafts, matches their targets against the indicator library and keeps them for adoption. */
@ApplicationScoped
public class PlanDraftService {

    private final PlanTextParser parser = new PlanTextParser();
    private final ObjectMapper json;
    private final RequestLimits limits;
    private final Actors actors;

    public PlanDraftService(ObjectMapper json, RequestLimits limits, Actors actors) {
        this.json = json;
        this.limits = limits;
        this.actors = actors;
    }

    /**
     * Parses the text and stores one draft per plan it carries; a text in which no plan can be read stores nothing.
     * Reading a text takes a while (a second for a megabyte of targets), so it happens before the transaction opens.
     */
    public List<DraftDto> create(String text) {
        List<PlanDraft> drafts = parser.parse(text);
        checkBounds(drafts);
        checkIsPlan(drafts);
        return QuarkusTransaction.joiningExisting().call(() -> store(drafts));
    }

    private List<DraftDto> store(List<PlanDraft> drafts) {
        List<LibraryIndicator> library = library();
        List<DraftDto> out = new ArrayList<>();
        for (PlanDraft d : drafts) {
            DraftDto dto = DraftDto.of(d, IndicatorMatcher.matchAll(d, library), library);
            Draft row = new Draft();
            row.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            row.json = write(dto);
            Actor actor = actors.current();
            row.actorSubject = actor.subject();
            row.actorDepartment = actor.department();
            row.actorJurisdiction = actors.caller().map(c -> c.jurisdiction()).orElse(null);
            row.persist();
            out.add(dto.stored(row));
        }
        return out;
    }

    public DraftDto get(long id) {
        return view(row(id));
    }

    Draft row(long id) {
        Draft row = Draft.findById(id);
        if (row == null) {
            throw ProblemException.notFound("plan draft", Long.toString(id));
        }
        return row;
    }

    DraftDto view(Draft row) {
        try {
            return json.readValue(row.json, DraftDto.class).stored(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan draft " + row.id + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** The library as the matcher sees it: every indicator with its names. */
    static List<LibraryIndicator> library() {
        // one query: the eager name and dimension sets would otherwise cost two queries per indicator
        return Indicator.<Indicator>find(
                        "select distinct i from Indicator i left join fetch i.synonyms left join fetch i.dimensions")
                .list()
                .stream()
                .map(i -> new LibraryIndicator(i.code, i.name, i.unit, i.polarity, List.copyOf(i.synonyms)))
                .toList();
    }

    /**
     * A text is refused when it reads as more plans, or more targets, than any plan has: such a text is not a plan
     * but a repetition, and storing it would make drafts of megabytes (the limits are {@link RequestLimits}'s).
     */
    private void checkBounds(List<PlanDraft> drafts) {
        if (drafts.size() > limits.draftsPerText()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "the text reads as " + drafts.size() + " plans; one text carries at most " + limits.draftsPerText()
                            + " (a notice issues one or two): send each plan's text on its own",
                    List.of(FieldError.of(
                            "drafts",
                            FieldErrorCode.OUT_OF_RANGE,
                            "at most " + limits.draftsPerText() + " plans in one text")));
        }
        for (int i = 0; i < drafts.size(); i++) {
            List<DraftTarget> targets = drafts.get(i).targets();
            if (targets.size() > limits.targetsPerPlan()) {
                throw new ProblemException(
                        ProblemType.UNPROCESSABLE,
                        "plan " + (i + 1) + " of the text reads as " + targets.size() + " targets; a plan has at most "
                                + limits.targetsPerPlan(),
                        List.of(new FieldError(
                                i,
                                "targets",
                                FieldErrorCode.OUT_OF_RANGE,
                                "at most " + limits.targetsPerPlan() + " targets in one plan")));
            }
            Map<Integer, Long> perLine =
                    targets.stream().collect(Collectors.groupingBy(DraftTarget::line, Collectors.counting()));
            for (Map.Entry<Integer, Long> line : perLine.entrySet()) {
                if (line.getValue() > limits.targetsPerLine()) {
                    throw new ProblemException(
                            ProblemType.UNPROCESSABLE,
                            "line " + line.getKey() + " reads as " + line.getValue()
                                    + " targets; one line carries at most " + limits.targetsPerLine(),
                            List.of(new FieldError(
                                    i,
                                    "targets",
                                    FieldErrorCode.OUT_OF_RANGE,
                                    "at most " + limits.targetsPerLine() + " targets on line " + line.getKey())));
                }
            }
        }
    }

    /** A plan has domains and targets; say which is missing, per plan when the text carries several. */
    private static void checkIsPlan(List<PlanDraft> drafts) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            PlanDraft d = drafts.get(i);
            String which = drafts.size() > 1
                    ? "plan " + (i + 1) + (d.title() == null ? "" : " (" + d.title() + ")") + ": "
                    : "";
            if (d.domains().isEmpty()) {
                errors.add(new FieldError(
                        i,
                        "domains",
                        FieldErrorCode.REQUIRED,
                        which + "no domains found: expected headings such as （一）儿童与健康 under 发展领域、主要目标"));
            }
            if (d.targets().isEmpty()) {
                errors.add(new FieldError(
                        i,
                        "targets",
                        FieldErrorCode.REQUIRED,
                        which + "no targets found: expected numbered main goals (主要目标) such as 1.婴儿死亡率控制在5‰以下"));
            }
        }
        if (!errors.isEmpty()) {
            String missing = errors.stream()
                    .map(FieldError::field)
                    .distinct()
                    .reduce((a, b) -> a + " and " + b)
                    .orElseThrow();
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE, "the text is not a development plan: no " + missing + " found", errors);
        }
    }

    private String write(DraftDto dto) {
        try {
            return json.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
