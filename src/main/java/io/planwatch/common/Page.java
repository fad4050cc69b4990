package io.planwatch.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, keyset-paged: pass {@code nextCursor} back as {@code cursor} for the next page; it is absent on
 * the last page.
 */
@Schema(description = "A page of results; pass nextCursor back as cursor for the next page")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,

        @Schema(description = "The page size asked for", examples = "50")
        int limit,

        @Schema(
                nullable = true,
                description = "Opaque cursor of the next page; null on the last page",
                examples = "MTIz")
        String nextCursor) {

    /** Builds a page from up to {@code limit + 1} rows, so the extra row tells whether a next page exists. */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, String> key, Function<E, T> map) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(key.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(map).toList(), limit, next);
    }
}
