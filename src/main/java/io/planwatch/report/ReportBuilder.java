package io.planwatch.report;

import io.planwatch.evaluation.PlanEvaluationDto;
import io.planwatch.evaluation.SummaryDto;
import io.planwatch.evaluation.TargetEvaluationDto;
import io.planwatch.evaluation.TargetEvaluationDto.YearValueDto;
import io.planwatch.evaluation.engine.Status;
import io.planwatch.evaluation.engine.WarningCode;
import io.planwatch.vocabulary.TargetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Lays one evaluation out as a {@link Report}: wording, order and charts; every status and warning as evaluated. */
final class ReportBuilder {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    private static final Map<String, String> CODES =
            Map.of("F", "女", "M", "男", "URBAN", "城镇", "RURAL", "农村", "YES", "残疾", "NO", "非残疾");

    private static final Map<String, String> GAPS =
            Map.of("AREA", "城乡", "SEX", "性别", "AGE_GROUP", "年龄组", "ETHNICITY", "民族", "DISABILITY", "残疾与非残疾");

    private ReportBuilder() {}

    static Report build(ReportSource src) {
        PlanEvaluationDto e = src.evaluation();
        ReportSource.PlanLabels plan = src.plan();
        Map<Integer, String> domainNames = e.domains().stream()
                .collect(Collectors.toMap(
                        PlanEvaluationDto.DomainDto::order,
                        PlanEvaluationDto.DomainDto::name,
                        (a, b) -> a,
                        LinkedHashMap::new));
        List<Report.Line> lines = e.targets().stream()
                .map(t -> line(t, src, domainNames.get(t.domain())))
                .toList();

        List<Report.Part> parts = new ArrayList<>();
        for (PlanEvaluationDto.DomainDto d : e.domains()) {
            List<Report.Line> ofDomain = new ArrayList<>();
            for (int i = 0; i < e.targets().size(); i++) {
                if (Objects.equals(e.targets().get(i).domain(), d.order())) {
                    ofDomain.add(lines.get(i));
                }
            }
            parts.add(new Report.Part(
                    d.order(),
                    numeral(parts.size() + 4),
                    d.name(),
                    d.summary().targets(),
                    counts(d.summary()),
                    bar(d.summary()),
                    ofDomain,
                    ofDomain.stream().filter(l -> l.chart() != null).toList()));
        }

        List<Report.Line> alerts = new ArrayList<>();
        List<Report.Line> stale = new ArrayList<>();
        for (int i = 0; i < e.targets().size(); i++) {
            List<WarningCode> codes = codes(e.targets().get(i));
            if (codes.stream().anyMatch(c -> c != WarningCode.STALE)) {
                alerts.add(lines.get(i));
            } else if (!codes.isEmpty()) {
                stale.add(lines.get(i));
            }
        }
        Map<Long, Integer> severity = new LinkedHashMap<>();
        e.targets()
                .forEach(t -> severity.put(
                        t.id(),
                        codes(t).stream()
                                .mapToInt(ReportWords.SEVERITY::indexOf)
                                .min()
                                .orElse(99)));
        alerts.sort(Comparator.comparing((Report.Line l) -> severity.get(l.id())));

        String kind = src.snapshot() == null
                ? "年度监测报告"
                : switch (src.snapshot().kind()) {
                    case ANNUAL -> "年度监测报告";
                    case MIDTERM -> "中期评估报告";
                    case FINAL -> "终期评估报告";
                };
        String subtitle = src.snapshot() != null && src.snapshot().kind() != io.planwatch.evaluation.SnapshotKind.ANNUAL
                ? kind + "（数据截至" + e.asOf() + "年）"
                : e.asOf() + "年度统计监测报告";
        String basis = src.snapshot() == null
                ? "依据截至" + e.asOf() + "年的监测数据即时评估"
                : "评估快照第" + src.snapshot().id() + "号，冻结于"
                        + DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm 'UTC'")
                                .format(src.snapshot().createdAt().atZone(java.time.ZoneOffset.UTC))
                        + "；输入数据指纹 SHA-256 "
                        + src.snapshot().inputsHash().substring(0, 12) + "…";
        String issuedBy = plan.issuer() == null
                ? null
                : plan.issuer() + (plan.documentNumber() == null ? "" : "（" + plan.documentNumber() + "）");
        return new Report(
                plan.title() + " " + subtitle,
                subtitle,
                kind,
                plan.code(),
                plan.title(),
                plan.jurisdiction(),
                issuedBy,
                plan.periodStart() + "—" + plan.periodEnd() + "年",
                e.asOf(),
                plan.baselineYear(),
                basis,
                DateTimeFormatter.ofPattern("yyyy年M月d日").format(src.made()),
                overview(e, plan),
                parts,
                alerts,
                stale,
                completeness(e, src));
    }

    private static Report.Line line(TargetEvaluationDto t, ReportSource src, String domain) {
        ReportSource.TargetFacts f = src.factsOf(t.id());
        String unit = f.unit();
        Status status = t.status();
        List<YearValueDto> values = t.values() == null ? List.of() : t.values();
        YearValueDto latest = t.latest();
        YearValueDto previous = null;
        for (YearValueDto v : values) {
            if (latest != null && v.year() < latest.year()) {
                previous = v;
            }
        }
        // For a gap target the values are the gaps; latest is the gap too, so the change is the gap's.
        BigDecimal delta = latest != null && previous != null ? latest.value().subtract(previous.value()) : null;
        String changeFrom =
                previous == null ? null : previous.year() == latest.year() - 1 ? "比上年" : "比" + previous.year() + "年";
        String target = ReportWords.target(t, unit, src.plan().baselineYear());
        String baseline = t.baseline() == null
                ? "—"
                : ReportWords.value(t.baseline().value(), unit)
                        + (t.baseline().imputed()
                                        || t.baseline().year() != src.plan().baselineYear()
                                ? "（" + t.baseline().year() + "年）"
                                : "");
        List<String> warnings = t.warnings() == null
                ? List.of()
                : t.warnings().stream()
                        .sorted(Comparator.comparing(w -> ReportWords.SEVERITY.indexOf(w.code())))
                        .map(TargetEvaluationDto.WarningDto::message)
                        .distinct()
                        .toList();
        String warningNames =
                codes(t).stream().distinct().map(ReportWords::warningName).collect(Collectors.joining("、"));
        TrendChart chart = t.kind() == TargetKind.QUALITATIVE
                ? null
                : TrendChart.of(
                        values, t.projection(), t.value(), target, src.plan().baselineYear(), t.targetYear(), unit);
        return new Report.Line(
                t.id(),
                domain,
                t.goal(),
                name(t, f),
                t.indicator(),
                unitText(unit),
                unit,
                baseline,
                latest == null ? "—" : ReportWords.value(latest.value(), unit),
                latest == null ? null : latest.year(),
                changeFrom == null ? "—" : ReportWords.change(delta, unit),
                changeFrom,
                target,
                status.name(),
                status.chinese(),
                ReportWords.colour(status),
                ReportWords.tint(status),
                warnings,
                warningNames,
                t.explanation(),
                f.sourceText(),
                f.leadDepartmentName(),
                chart,
                t.baseline() == null ? null : t.baseline().value(),
                latest == null ? null : latest.value(),
                delta,
                t.value(),
                t.targetYear());
    }

    /** The indicator's name with the group the target is about: 婴儿死亡率（农村）. */
    private static String name(TargetEvaluationDto t, ReportSource.TargetFacts f) {
        if (t.indicatorName() == null) {
            // A qualitative target without an indicator is known by its clause.
            String clause = f.sourceText() == null ? "定性目标" : f.sourceText().strip();
            return clause.length() > 48 ? clause.substring(0, 47) + "…" : clause;
        }
        List<String> groups = new ArrayList<>();
        if (t.disaggregation() != null) {
            t.disaggregation().values().forEach(c -> groups.add(CODES.getOrDefault(c, c)));
        }
        if (f.gapDimension() != null) {
            groups.add(GAPS.getOrDefault(f.gapDimension(), "组间") + "差距");
        }
        return groups.isEmpty() ? t.indicatorName() : t.indicatorName() + "（" + String.join("、", groups) + "）";
    }

    private static String unitText(String unit) {
        if (unit == null) {
            return "—";
        }
        String s = ReportWords.symbol(unit);
        return switch (unit) {
            case "COUNT" -> "个";
            case "RATIO" -> "比值";
            default -> s.isEmpty() ? "—" : s.startsWith("/") ? "1" + s : s;
        };
    }

    private static List<WarningCode> codes(TargetEvaluationDto t) {
        return t.warnings() == null
                ? List.of()
                : t.warnings().stream()
                        .map(TargetEvaluationDto.WarningDto::code)
                        .toList();
    }

    private static Report.Overview overview(PlanEvaluationDto e, ReportSource.PlanLabels plan) {
        SummaryDto s = e.summary();
        List<Report.Count> counts = counts(s);
        StringBuilder sentence = new StringBuilder("截至" + e.asOf() + "年，规划" + s.targets() + "项目标中");
        List<String> parts = new ArrayList<>();
        for (Report.Count c : counts) {
            if (c.n() > 0) {
                parts.add(c.label() + c.n() + "项（" + c.share() + "）");
            }
        }
        sentence.append(String.join("，", parts)).append("。");
        return new Report.Overview(
                s.targets(), counts, sentence.toString(), s.completeness() == null ? "—" : percent(s.completeness()));
    }

    private static List<Report.Count> counts(SummaryDto s) {
        List<Report.Count> counts = new ArrayList<>();
        for (Status status : ReportWords.ORDER) {
            int n = s.byStatus().getOrDefault(status.name(), 0);
            counts.add(new Report.Count(
                    status.name(),
                    status.chinese(),
                    ReportWords.colour(status),
                    n,
                    s.targets() == 0
                            ? "—"
                            : percent(BigDecimal.valueOf(n)
                                    .divide(BigDecimal.valueOf(s.targets()), 4, RoundingMode.HALF_UP))));
        }
        return counts;
    }

    private static List<Report.Bar> bar(SummaryDto s) {
        List<Report.Bar> bar = new ArrayList<>();
        double x = 0;
        for (Status status : ReportWords.ORDER) {
            int n = s.byStatus().getOrDefault(status.name(), 0);
            if (n == 0 || s.targets() == 0) {
                continue;
            }
            double w = 100.0 * n / s.targets();
            bar.add(new Report.Bar(
                    String.format(java.util.Locale.ROOT, "%.2f", x),
                    String.format(java.util.Locale.ROOT, "%.2f", w),
                    ReportWords.colour(status),
                    status.chinese() + " " + n + "项"));
            x += w;
        }
        return bar;
    }

    /** 缺项 per lead department: numeric targets without a value for the year, by the evaluation's own reported flag. */
    private static List<Report.Completeness> completeness(PlanEvaluationDto e, ReportSource src) {
        Map<String, List<TargetEvaluationDto>> byDepartment = new LinkedHashMap<>();
        e.targets().stream()
                .filter(t -> t.kind() != TargetKind.QUALITATIVE)
                .sorted(Comparator.comparing((TargetEvaluationDto t) -> t.leadDepartment() == null)
                        .thenComparing(t -> Objects.toString(t.leadDepartment(), "")))
                .forEach(t -> byDepartment
                        .computeIfAbsent(Objects.toString(t.leadDepartment(), ""), k -> new ArrayList<>())
                        .add(t));
        List<Report.Completeness> rows = new ArrayList<>();
        byDepartment.forEach((code, targets) -> {
            String name = code.isEmpty()
                    ? "未指定牵头部门"
                    : Objects.toString(src.factsOf(targets.get(0).id()).leadDepartmentName(), code);
            List<TargetEvaluationDto> missing = targets.stream()
                    .filter(t -> !Boolean.TRUE.equals(t.reported()))
                    .toList();
            int reported = targets.size() - missing.size();
            rows.add(new Report.Completeness(
                    name,
                    targets.size(),
                    reported,
                    missing.size(),
                    missing.stream()
                            .map(t -> name(t, src.factsOf(t.id())))
                            .distinct()
                            .collect(Collectors.joining("、")),
                    percent(BigDecimal.valueOf(reported)
                            .divide(BigDecimal.valueOf(targets.size()), 4, RoundingMode.HALF_UP))));
        });
        return rows;
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100))
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }

    private static String numeral(int order) {
        return order >= 1 && order <= NUMERALS.length ? NUMERALS[order - 1] : Integer.toString(order);
    }
}
