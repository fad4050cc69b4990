package io.planwatch.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Domain", description = "A domain (领域) of a plan, addressed by its order")
public record DomainDto(
        @NotNull @Min(1) @Max(99) @Schema(examples = "1") Integer order,

        @NotBlank @Size(max = 100) @Schema(examples = "儿童与健康")
        String name,

        @Schema(readOnly = true, description = "The domain's main goals, in order")
        List<GoalDto> goals) {

    static DomainDto of(Domain d, List<Goal> goals) {
        return new DomainDto(
                d.order,
                d.name,
                goals == null ? null : goals.stream().map(GoalDto::of).toList());
    }
}
