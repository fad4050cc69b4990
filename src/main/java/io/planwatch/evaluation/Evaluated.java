package io.planwatch.evaluation;

import io.planwatch.evaluation.engine.EvaluationInput;
import io.planwatch.evaluation.engine.TargetResult;
import java.util.List;

/** One run of the engine over a plan: the inputs it read and the results, target by target in the same order. */
record Evaluated(
        PlanInputs data, int asOf, List<TargetRow> targets, List<EvaluationInput> inputs, List<TargetResult> results) {}
