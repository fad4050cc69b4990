package io.planwatch.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReportingStatus",
        description = "缺项: per lead department, the numeric targets with no value for the year")
public record ReportingStatusDto(
        @Schema(examples = "luzhai-children") String plan,
        @Schema(examples = "2024") int year,

        @Schema(description = "Numeric targets of the plan", examples = "59")
        int targets,

        @Schema(description = "Numeric targets with no value for the year", examples = "12")
        int missing,

        @Schema(description = "Departments leading numeric targets, by code; targets without a lead department last")
        List<DepartmentDto> departments) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportingDepartment", description = "One lead department and its targets still missing a value")
    public record DepartmentDto(
            @Schema(
                    description = "Department code; absent for targets without a lead department",
                    examples = "450223-WJ")
            String department,

            @Schema(examples = "鹿寨县卫生健康局") String name,

            @Schema(description = "Numeric targets it leads", examples = "20")
            int targets,

            List<MissingDto> missing) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MissingTarget", description = "A numeric target with no value for the year")
    public record MissingDto(
            @Schema(examples = "17") long target,
            @Schema(examples = "1") Integer domain,
            @Schema(examples = "3") Integer goal,
            @Schema(examples = "CH-HEALTH-IMR") String indicator,
            @Schema(examples = "婴儿死亡率") String indicatorName,

            @Schema(description = "Year of the latest value before it, if any", examples = "2022")
            Integer latestYear,

            @Schema(
                    description = "Scope EACH: the sub-jurisdictions without a value for the year",
                    examples = "[\"450223101\"]")
            List<String> jurisdictions) {}
}
