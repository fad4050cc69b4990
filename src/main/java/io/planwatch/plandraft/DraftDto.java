package io.planwatch.plandraft;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.plan.TargetDto;
import io.planwatch.plandraft.parser.DraftTarget;
import io.planwatch.plandraft.parser.IndicatorMatch;
import io.planwatch.plandraft.parser.IndicatorMatcher;
import io.planwatch.plandraft.parser.LibraryIndicator;
import io.planwatch.plandraft.parser.PlanDraft;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Population;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the parser read from one plan text, with each target's indicator match, for a person to review and adopt. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "PlanDraft",
        description = "One plan as read from its text: metadata, domains with main goals, and every target found")
public record DraftDto(
        @Schema(readOnly = true, examples = "12") Long id,

        @Schema(readOnly = true, examples = "2025-03-01T08:00:00Z")
        Instant createdAt,

        @Schema(
                readOnly = true,
                description = "Code of the plan this draft was adopted as; absent until adopted",
                examples = "luzhai-children")
        String adoptedPlan,

        Metadata metadata,

        @Schema(description = "Domains in the order the text lists them")
        List<Domain> domains,

        @Schema(
                description =
                        "Every target the text states, in text order; index is what adoption corrections refer to")
        List<Target> targets,

        @Schema(
                description =
                        "Clauses of the domains and key projects with a number that made no target, in text order: what the "
                                + "parser could not read, for a person to add as a target or dismiss; empty when every number was read")
        List<Unread> unreadClauses) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "PlanDraftMetadata",
            description = "What the text says about the plan; absent when the text does not say")
    public record Metadata(
            @Schema(examples = "鹿寨县儿童发展规划（2021—2030年）") String title,

            @Schema(description = "The most specific place of the title", examples = "鹿寨县")
            String jurisdictionName,

            @Schema(examples = "CHILDREN") Population population,
            @Schema(examples = "2021") Integer periodStart,
            @Schema(examples = "2030") Integer periodEnd,
            @Schema(examples = "荔浦市人民政府") String issuer,
            @Schema(examples = "韶曲府办〔2022〕8号") String documentNumber,
            @Schema(examples = "2023-03-01") LocalDate issueDate,

            @Schema(description = "First line of this plan in the text (1-based)", examples = "1")
            Integer firstLine,

            @Schema(description = "Last line of this plan in the text", examples = "204")
            Integer lastLine) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanDraftDomain", description = "A domain (领域) with its main goals")
    public record Domain(
            @Schema(examples = "1") int order,
            @Schema(examples = "儿童与健康") String name,

            @Schema(
                    description =
                            "true when the text has no heading and the name comes from the national outline's list")
            boolean nameInferred,

            @Schema(examples = "24") int line,
            List<Goal> goals) {}

    @Schema(name = "PlanDraftGoal", description = "A numbered main goal (主要目标) as written")
    public record Goal(
            @Schema(examples = "3") int number,

            @Schema(examples = "新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、5‰和6.0‰以下。")
            String text,

            @Schema(examples = "49") int line) {}

    @Schema(
            name = "PlanDraftSpan",
            description = "Where in sourceText a target was read: 0-based offsets in UTF-16 code units, end exclusive")
    public record Span(
            @Schema(examples = "13") int start,
            @Schema(examples = "31") int end) {}

    @Schema(
            name = "PlanDraftUnreadClause",
            description = "A clause with a number the parser did not turn into a target")
    public record Unread(
            @Schema(description = "1-based line of its sentence in the posted text", examples = "238")
            int line,

            @Schema(description = "The clause", examples = "依托12345政务服务便民热线")
            String clause,

            @Schema(description = "Its sentence, normalised as sourceText is", examples = "依托12345政务服务便民热线开通的未成年人保护专线")
            String sentence,

            @Schema(description = "Where the clause starts and ends in the sentence")
            Span span) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanDraftTarget", description = "A target as read from the text, in the fields a plan target takes")
    public record Target(
            @Schema(description = "0-based position in the draft", examples = "3")
            int index,

            @Schema(description = "Order of the domain", examples = "1")
            int domain,

            @Schema(
                    description = "Number of the main goal; absent for a target stated among the measures (策略措施)",
                    examples = "3")
            Integer goal,

            @Schema(
                    description =
                            "As a plan target's kind: ANNUAL_CHANGE is a change each year (changePerYear); AT_LEAST_REFERENCE / "
                                    + "APPROX_REFERENCE are bounded by the reference indicator's value of the same year",
                    examples = "AT_MOST")
            TargetKind kind,

            @Schema(description = "AT_MOST, AT_LEAST, APPROX: the number (the lower end of a range)", examples = "5")
            BigDecimal value,

            @Schema(description = "The upper end when the text gives a range (1—2个)", examples = "2")
            BigDecimal upperValue,

            @Schema(description = "The unit the value is written in", examples = "PER_MILLE")
            Unit unit,

            @Schema(description = "true for 低于/超过/不满", examples = "false")
            boolean strict,

            @Schema(description = "true for 保持/稳定在", examples = "false")
            boolean maintain,

            @Schema(examples = "2030") int targetYear,
            TargetDto.Scope scope,

            @Schema(description = "RELATIVE_CHANGE: the base year", examples = "2020")
            Integer baselineYear,

            @Schema(description = "RELATIVE_CHANGE: signed change in percent", examples = "-20")
            BigDecimal changePct,

            @Schema(description = "APPROX: allowed deviation; absent means the default (10% of value)")
            BigDecimal tolerance,

            @Schema(
                    description =
                            "ANNUAL_CHANGE: signed change each year must reach, in the indicator's unit (percentage points for "
                                    + "PERCENT): -0.5 is a fall of at least 0.5 a year",
                    examples = "-0.5")
            BigDecimal changePerYear,

            @Schema(
                    description =
                            "AT_LEAST_REFERENCE, APPROX_REFERENCE: the indicator compared with, as written and matched")
            Match reference,

            @Schema(description = "GAP_NARROWING: the groups whose gap must shrink")
            TargetDto.Gap gap,

            @Schema(examples = "新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、5.0‰和6.0‰以下")
            String sourceText,

            @Schema(description = "1-based line of the clause in the posted text", examples = "49")
            int line,

            @Schema(
                    description =
                            "The words of sourceText the target was read from; absent for a qualitative goal (the whole text)")
            Span span,

            @Schema(
                    description =
                            "The parsing rules that decided the target, in the order they applied (each is listed with its example "
                                    + "in the parser's ParsingRules)",
                    examples = "[\"bring down to\", \"and below\", \"per mille\", \"respectively\"]")
            List<String> rules,

            @Schema(
                    description =
                            "The indicator the target is about; absent for QUALITATIVE targets and where the text names none")
            Match indicator,

            @Schema(
                    description =
                            "What to check before adopting: a minimum the text asks of every facility, a range, a target the "
                                    + "measures restate; absent when there is nothing to check",
                    examples = "[\"range 1-2: adopted as AT_LEAST 1 (the lower end); the upper end 2 is not kept\"]")
            List<String> notes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "PlanDraftIndicatorMatch",
            description = "EXACT or SYNONYM: an indicator of the library; PROPOSED: a new one adoption creates")
    public record Match(
            @Schema(
                    implementation = String.class,
                    enumeration = {"EXACT", "SYNONYM", "PROPOSED"},
                    examples = "SYNONYM",
                    description =
                            "EXACT: by the library name; SYNONYM: by a synonym of it; PROPOSED: no indicator matched")
            IndicatorMatch.How how,

            @Schema(description = "The name as the text writes it", examples = "学前三年毛入园率")
            String asWritten,

            @Schema(
                    description = "Library code, or the suggested code of a proposal (NEW-…)",
                    examples = "CH-EDU-PRESCHOOL-GER")
            String code,

            @Schema(examples = "学前教育毛入园率") String name,
            @Schema(examples = "PERCENT") Unit unit,
            @Schema(examples = "HIGHER_IS_BETTER") Polarity polarity) {}

    DraftDto stored(Draft row) {
        return new DraftDto(
                row.id,
                row.createdAt,
                row.adoptedPlan,
                metadata,
                domains,
                targets,
                unreadClauses == null ? List.of() : unreadClauses);
    }

    static DraftDto of(PlanDraft d, List<IndicatorMatch> matches, List<LibraryIndicator> library) {
        Metadata metadata = new Metadata(
                d.title(),
                d.jurisdictionName(),
                d.population(),
                d.periodStart(),
                d.periodEnd(),
                d.issuer(),
                d.documentNumber(),
                d.issueDate(),
                d.firstLine(),
                d.lastLine());
        List<Domain> domains = d.domains().stream()
                .map(x -> new Domain(
                        x.order(),
                        x.name(),
                        x.nameInferred(),
                        x.line(),
                        x.goals().stream()
                                .map(g -> new Goal(g.number(), g.text(), g.line()))
                                .toList()))
                .toList();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < d.targets().size(); i++) {
            DraftTarget t = d.targets().get(i);
            IndicatorMatch reference = t.reference() == null ? null : IndicatorMatcher.match(t.reference(), library);
            targets.add(target(i, t, matches.get(i), reference));
        }
        List<Unread> unread = d.unreadClauses().stream()
                .map(u -> new Unread(u.line(), u.clause(), u.sentence(), new Span(u.start(), u.end())))
                .toList();
        return new DraftDto(null, null, null, metadata, domains, targets, unread);
    }

    private static Target target(int index, DraftTarget t, IndicatorMatch m, IndicatorMatch reference) {
        TargetKind kind = t.kind();
        // A relative or yearly change states its number as changePct or changePerYear; the plan target then takes no
        // value.
        BigDecimal value = kind == TargetKind.RELATIVE_CHANGE || kind == TargetKind.ANNUAL_CHANGE ? null : t.value();
        TargetDto.Scope scope = new TargetDto.Scope(t.scope().type(), t.scope().level());
        TargetDto.Gap gap = t.gap() == null
                ? null
                : new TargetDto.Gap(t.gap().dimension(), t.gap().a(), t.gap().b());
        // a target that names no indicator has no match: adoption asks for one
        Match match = kind == TargetKind.QUALITATIVE ? null : match(m);
        Span span =
                t.span() == null ? null : new Span(t.span().start(), t.span().end());
        return new Target(
                index,
                t.domainOrder(),
                t.goalNumber(),
                kind,
                value,
                t.upperValue(),
                unit(t.unit()),
                t.strict(),
                t.maintain(),
                t.targetYear(),
                scope,
                t.baselineYear(),
                t.changePct(),
                t.tolerance(),
                t.changePerYear(),
                match(reference),
                gap,
                t.sourceText(),
                t.line(),
                span,
                t.rules().isEmpty() ? null : t.rules(),
                match,
                t.notes().isEmpty() ? null : t.notes());
    }

    private static Match match(IndicatorMatch m) {
        return m == null
                ? null
                : new Match(m.how(), m.nameAsWritten(), m.code(), m.name(), unit(m.unit()), m.polarity());
    }

    /** A value the parser read without a unit has none on the wire. */
    private static Unit unit(Unit unit) {
        return unit == Unit.NONE ? null : unit;
    }
}
