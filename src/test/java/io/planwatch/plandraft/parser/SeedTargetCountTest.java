package io.planwatch.plandraft.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.vocabulary.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints how many targets the parser finds in each of the six seed plans, and checks each looks like a plan. */
class SeedTargetCountTest {

    @Test
    void everySeedPlanYieldsDomainsAndNumericTargets() {
        int plans = 0;
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            for (PlanDraft d : new PlanTextParser().parse(Seeds.text(seed))) {
                plans++;
                long numeric =
                        d.targets().stream().filter(t -> t.kind().isNumeric()).count();
                long trends = d.targets().stream()
                        .filter(t -> t.kind().name().startsWith("TREND") || t.kind() == TargetKind.GAP_NARROWING)
                        .count();
                long qualitative = d.targets().stream()
                        .filter(t -> t.kind() == TargetKind.QUALITATIVE)
                        .count();
                System.out.printf(
                        "seed %s %-28s %-8s domains %d, goals %d, targets %d (numeric %d, trend/gap %d, qualitative %d)%n",
                        seed,
                        d.title(),
                        d.population(),
                        d.domains().size(),
                        d.domains().stream().mapToInt(x -> x.goals().size()).sum(),
                        d.targets().size(),
                        numeric,
                        trends,
                        qualitative);
                assertTrue(d.domains().size() >= 7, seed + " domains");
                assertTrue(numeric >= 15, seed + " numeric targets: " + numeric);
            }
        }
        assertTrue(plans == 6, "six plans, got " + plans);
    }
}
