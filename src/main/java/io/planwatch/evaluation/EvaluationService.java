package io.planwatch.evaluation;

import io.micrometer.core.annotation.Timed;
import io.planwatch.common.ProblemException;
import io.planwatch.evaluation.engine.EvaluationInput;
import io.planwatch.evaluation.engine.Evaluator;
import io.planwatch.evaluation.engine.RollUp;
import io.planwatch.evaluation.engine.TargetResult;
import io.planwatch.evaluation.engine.Warning;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates plans: reads a plan's inputs in a few set-based queries ({@link PlanInputsReader}), runs the pure
 * engine on each target in memory and maps the results to the wire contract.
 */
@ApplicationScoped
public class EvaluationService {

    private final PlanInputsReader reader;
    private final EvaluationCache cache;

    public EvaluationService(PlanInputsReader reader, EvaluationCache cache) {
        this.reader = reader;
        this.cache = cache;
    }

    /**
     * @param asOf        null: the latest year with a value or an assessment for any of the plan's targets
     * @param headers the ETag of an earlier answer (no body while it is current) and the encodings taken
     */
    @Timed(
            value = "planwatch.evaluation",
            extraTags = {"of", "plan"},
            histogram = true,
            description = "Time to answer a plan's evaluation (from the cache when its data is unchanged)")
    public Versioned evaluate(String planCode, Integer asOf, ReadHeaders headers) {
        return cache.get("evaluation", planCode, asOf, headers, () -> evaluation(planCode, asOf));
    }

    public PlanEvaluationDto evaluate(String planCode, Integer asOf) {
        return cache.value("evaluation", planCode, asOf, () -> evaluation(planCode, asOf));
    }

    private PlanEvaluationDto evaluation(String planCode, Integer asOf) {
        return toDto(run(reader.read(planCode, null), asOf));
    }

    /** One target; without asOf, the plan's default year, so that it reads as it does in the plan's evaluation. */
    @Timed(
            value = "planwatch.evaluation",
            extraTags = {"of", "target"},
            histogram = true,
            description = "Time to answer a target's evaluation (from the cache when its data is unchanged)")
    public Versioned evaluateTarget(String planCode, long targetId, Integer asOf, ReadHeaders headers) {
        return cache.get("target", planCode, targetId + "@" + asOf, headers, () -> target(planCode, targetId, asOf));
    }

    private TargetEvaluationDto target(String planCode, long targetId, Integer asOf) {
        // The default year is the plan's: it needs every series. With a year given, the target's own suffice.
        PlanInputs data = reader.read(planCode, asOf == null ? null : targetId);
        int year = asOf != null ? Years.withinPlan("asOf", asOf, data.plan()) : data.latestYear();
        TargetRow row = data.targets().stream()
                .filter(t -> t.id() == targetId)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("target", planCode + "/" + targetId));
        EvaluationInput in = data.input(row, year);
        return TargetEvaluationDto.of(row, in, Evaluator.evaluate(in));
    }

    /**
     * The plans implementing this one, each evaluated as of one common year: asOf, or else the latest year any of
     * them has data for, so the comparison never mixes years. All of them read in one fixed set of queries.
     */
    public Versioned implementing(String planCode, Integer asOf, ReadHeaders headers) {
        return cache.get("implementing", planCode, asOf, headers, () -> implementing(planCode, asOf));
    }

    private ImplementingPlansDto implementing(String planCode, Integer asOf) {
        List<PlanInputsReader.Implementing> plans = reader.implementingPlans(planCode);
        List<PlanInputs> inputs = reader.read(
                plans.stream().map(PlanInputsReader.Implementing::code).toList());
        if (asOf != null) {
            Years.withinPlan("asOf", asOf, reader.read(planCode, null).plan()); // the years of the plan asked about
        }
        int year = asOf != null
                ? asOf
                : inputs.stream()
                        .mapToInt(PlanInputs::latestYear)
                        .max()
                        .orElseGet(() -> reader.read(planCode, null).latestYear());
        List<ImplementingPlansDto.Item> items = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            PlanInputs data = inputs.get(i);
            PlanEvaluationDto e = toDto(run(data, year));
            items.add(new ImplementingPlansDto.Item(
                    e.plan(),
                    data.plan().title(),
                    data.plan().jurisdiction(),
                    plans.get(i).jurisdictionName(),
                    e.summary(),
                    e.domains()));
        }
        return new ImplementingPlansDto(planCode, year, items);
    }

    public Versioned warnings(String planCode, Integer asOf, ReadHeaders headers) {
        return cache.get("warnings", planCode, asOf, headers, () -> warnings(planCode, asOf));
    }

    private WarningListDto warnings(String planCode, Integer asOf) {
        Evaluated e = run(reader.read(planCode, null), asOf);
        List<WarningListDto.Item> items = new ArrayList<>();
        for (int i = 0; i < e.targets().size(); i++) {
            TargetRow t = e.targets().get(i);
            for (Warning w : e.results().get(i).warnings()) {
                items.add(new WarningListDto.Item(
                        t.id(),
                        t.indicatorCode(),
                        t.leadDepartment(),
                        w.code(),
                        w.year(),
                        w.jurisdiction(),
                        w.message(),
                        w.numbers(),
                        TargetEvaluationDto.AssessmentRefDto.of(w.assessment())));
            }
        }
        return new WarningListDto(planCode, e.asOf(), items);
    }

    public Versioned reportingStatus(String planCode, int year, ReadHeaders headers) {
        return cache.get("reporting-status", planCode, year, headers, () -> {
            PlanInputs data = reader.read(planCode, null);
            return ReportingStatus.of(run(data, Years.withinPlan("year", year, data.plan())));
        });
    }

    /** @param asOf null: the plan's latest year with data; else a year within the plan's ({@link Years#withinPlan}) */
    Evaluated run(PlanInputs data, Integer asOf) {
        int year = asOf != null ? Years.withinPlan("asOf", asOf, data.plan()) : data.latestYear();
        List<EvaluationInput> inputs =
                data.targets().stream().map(t -> data.input(t, year)).toList();
        List<TargetResult> results = inputs.stream().map(Evaluator::evaluate).toList();
        return new Evaluated(data, year, data.targets(), inputs, results);
    }

    PlanEvaluationDto toDto(Evaluated e) {
        List<PlanEvaluationDto.DomainDto> domains = e.data().domains().stream()
                .map(d -> {
                    List<TargetResult> ofDomain = new ArrayList<>();
                    for (int i = 0; i < e.targets().size(); i++) {
                        if (e.targets().get(i).domain() == d.order()) {
                            ofDomain.add(e.results().get(i));
                        }
                    }
                    return new PlanEvaluationDto.DomainDto(
                            d.order(), d.name(), SummaryDto.of(RollUp.summarize(ofDomain)));
                })
                .toList();
        List<TargetEvaluationDto> targets = new ArrayList<>();
        for (int i = 0; i < e.targets().size(); i++) {
            targets.add(TargetEvaluationDto.of(
                    e.targets().get(i), e.inputs().get(i), e.results().get(i)));
        }
        return new PlanEvaluationDto(
                e.data().plan().code(), e.asOf(), SummaryDto.of(RollUp.summarize(e.results())), domains, targets);
    }
}
