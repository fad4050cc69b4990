package io.planwatch.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short list served whole, in the same {"items": [...]} envelope as a {@link Page}, so clients read every list alike. */
@Schema(description = "The whole list; short enough not to be paged")
public record Items<T>(
        @Schema(description = "The items, in the order the operation states")
        List<T> items) {

    public static <T> Items<T> of(List<T> items) {
        return new Items<>(items);
    }
}
