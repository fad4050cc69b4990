package io.planwatch.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Department", description = "A member department (成员单位) that leads targets and reports data")
public record DepartmentDto(
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold letters, digits, '.', '_' and '-'")
        @Schema(examples = "450223-WJ")
        String code,

        @NotBlank @Size(max = 100) @Schema(examples = "鹿寨县卫生健康局")
        String name,

        @NotBlank @Schema(description = "Code of the jurisdiction the department belongs to", examples = "450223")
        String jurisdiction) {

    static DepartmentDto of(Department d) {
        return new DepartmentDto(d.code, d.name, d.jurisdiction.code);
    }
}
