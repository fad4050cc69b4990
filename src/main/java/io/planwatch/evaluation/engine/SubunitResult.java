package io.planwatch.evaluation.engine;

import java.util.List;

/** How one sub-jurisdiction of an EACH target stands; {@code latest} and {@code projection} may be null. */
public record SubunitResult(
        String jurisdiction,
        Status status,
        Rule rule,
        Baseline baseline,
        Observed latest,
        Projected projection,
        List<Warning> warnings) {
    public SubunitResult {
        warnings = List.copyOf(warnings);
    }
}
