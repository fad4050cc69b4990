package io.planwatch.evaluation;

import io.planwatch.evaluation.engine.SubunitResult;
import io.planwatch.evaluation.engine.TargetResult;
import io.planwatch.vocabulary.TargetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 缺项 by lead department: a numeric target is missing for year Y when the evaluation as of Y finds no value for Y
 * (for a gap target: not both groups; for scope EACH: not every sub-jurisdiction). The same rule as the
 * completeness of the roll-up, so the two always agree.
 */
final class ReportingStatus {
    private ReportingStatus() {}

    static ReportingStatusDto of(Evaluated e) {
        Map<String, List<ReportingStatusDto.MissingDto>> missing = new LinkedHashMap<>();
        Map<String, Integer> led = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        int numeric = 0;
        int missingCount = 0;
        for (int i = 0; i < e.targets().size(); i++) {
            TargetRow t = e.targets().get(i);
            TargetResult r = e.results().get(i);
            if (t.kind() == TargetKind.QUALITATIVE) {
                continue;
            }
            numeric++;
            String dept = t.leadDepartment() == null ? "" : t.leadDepartment();
            names.put(dept, t.leadDepartmentName());
            led.merge(dept, 1, Integer::sum);
            List<ReportingStatusDto.MissingDto> list = missing.computeIfAbsent(dept, k -> new ArrayList<>());
            if (!r.reportedForAsOf()) {
                missingCount++;
                List<String> jurisdictions = r.subunits().stream()
                        .filter(s -> s.latest() == null || s.latest().year() != e.asOf())
                        .map(SubunitResult::jurisdiction)
                        .toList();
                Integer latestYear = r.latest() == null ? null : r.latest().year();
                list.add(new ReportingStatusDto.MissingDto(
                        t.id(),
                        t.domain(),
                        t.goal(),
                        t.indicatorCode(),
                        t.indicatorName(),
                        latestYear,
                        jurisdictions.isEmpty() ? null : jurisdictions));
            }
        }
        List<ReportingStatusDto.DepartmentDto> departments = led.keySet().stream()
                .sorted(Comparator.comparing((String d) -> d.isEmpty()).thenComparing(d -> d))
                .map(d -> new ReportingStatusDto.DepartmentDto(
                        d.isEmpty() ? null : d, names.get(d), led.get(d), missing.get(d)))
                .toList();
        return new ReportingStatusDto(e.data().plan().code(), e.asOf(), numeric, missingCount, departments);
    }
}
