package io.planwatch.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Goal", description = "A main goal (主要目标 item) of a domain, addressed by its number")
public record GoalDto(
        @NotNull @Min(1) @Max(99) @Schema(examples = "3") Integer number,

        @NotBlank @Size(max = 4000) @Schema(examples = "新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、5‰和6.0‰以下。")
        String text) {

    static GoalDto of(Goal g) {
        return new GoalDto(g.number, g.text);
    }
}
