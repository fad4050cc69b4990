package io.planwatch.report;

import io.planwatch.testing.Api;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A few years of monitoring data for the sample plan 鹿寨县 (luzhai-children), as its departments would push them:
 * 2021–2024 for every numeric target with a 2020 baseline, most moving towards the target, every fifth away from it,
 * every seventh not reported for 2024. Pushing again changes nothing.
 */
final class SampleYears {

    static final String PLAN = "luzhai-children";
    static final int LAST = 2024;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SampleYears() {}

    private static boolean pushed;

    /** Pushes the years once per test run (RestAssured knows the port only once the first test runs). */
    static synchronized void pushOnce() {
        if (!pushed) {
            push();
            pushed = true;
        }
    }

    private static void push() {
        JsonPath e = Api.json()
                .get("/api/v1/plans/" + PLAN + "/evaluation?asOf=2020")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> targets = e.getList("targets");
        List<Map<String, Object>> rows = new ArrayList<>();
        int i = 0;
        for (Map<String, Object> t : targets) {
            if (t.get("indicator") == null
                    || "QUALITATIVE".equals(t.get("kind"))
                    || "GAP_NARROWING".equals(t.get("kind"))) {
                continue;
            }
            BigDecimal base = t.get("baseline") != null
                    ? new BigDecimal(
                            ((Map<?, ?>) t.get("baseline")).get("value").toString())
                    : invented(t);
            if (base == null) {
                continue;
            }
            i++;
            BigDecimal step = step(t, base);
            if (i % 5 == 3) {
                step = step.negate();
            }
            for (int year = t.get("baseline") != null ? 2021 : 2020; year <= LAST; year++) {
                if (year == LAST && i % 7 == 2) {
                    continue;
                }
                BigDecimal v = base.add(step.multiply(BigDecimal.valueOf(year - 2020)))
                        .max(BigDecimal.ZERO)
                        .setScale(2, RoundingMode.HALF_UP);
                if (base.compareTo(HUNDRED) <= 0) {
                    v = v.min(HUNDRED);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("indicator", t.get("indicator"));
                row.put("jurisdiction", "450223");
                row.put("period", Integer.toString(year));
                if (t.get("disaggregation") != null) {
                    row.put("disaggregation", t.get("disaggregation"));
                }
                row.put("value", v);
                row.put("status", "FINAL");
                rows.add(row);
            }
        }
        Api.json()
                .body(Map.of("source", "report-test", "observations", rows))
                .post("/api/v1/observations")
                .then()
                .statusCode(200);
    }

    /**
     * A 2020 value for a target the plan text gives none: a little short of a stated target (8 % below an "at least",
     * 25 % above an "at most"); none for the kinds that need a measured base.
     */
    private static BigDecimal invented(Map<String, Object> t) {
        if (t.get("value") == null) {
            return null;
        }
        BigDecimal v = new BigDecimal(t.get("value").toString());
        return switch ((String) t.get("kind")) {
            case "AT_LEAST" -> v.multiply(new BigDecimal("0.92")).setScale(2, RoundingMode.HALF_UP);
            case "AT_MOST" -> v.multiply(new BigDecimal("1.25")).setScale(2, RoundingMode.HALF_UP);
            case "APPROX" -> v.multiply(new BigDecimal("0.97")).setScale(2, RoundingMode.HALF_UP);
            default -> null;
        };
    }

    /** A tenth of the way to the target each year; for the trend kinds 2 % of the baseline in the target's direction. */
    private static BigDecimal step(Map<String, Object> t, BigDecimal base) {
        Object value = t.get("value");
        if (value != null) {
            BigDecimal gap = new BigDecimal(value.toString()).subtract(base);
            boolean met = "AT_MOST".equals(t.get("kind"))
                    ? gap.signum() >= 0
                    : "AT_LEAST".equals(t.get("kind")) && gap.signum() <= 0;
            if (gap.signum() != 0 && !met) {
                return gap.divide(BigDecimal.TEN, 4, RoundingMode.HALF_UP);
            }
        }
        BigDecimal s = base.abs().multiply(new BigDecimal("0.02")).max(new BigDecimal("0.1"));
        boolean down = "TREND_DOWN".equals(t.get("kind"))
                || "AT_MOST".equals(t.get("kind"))
                || "RELATIVE_CHANGE".equals(t.get("kind"))
                        && t.get("changePct") != null
                        && t.get("changePct").toString().startsWith("-");
        return down ? s.negate() : s;
    }
}
