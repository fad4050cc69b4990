package io.planwatch.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: the last key of a page, base64url-encoded so clients don't build them by hand. */
public final class Cursor {

    private Cursor() {}

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the last key, or null when no cursor was given */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    "cursor", FieldErrorCode.INVALID_FORMAT, "cursor '" + cursor + "' was not issued by this API");
        }
    }

    public static long decodeId(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return 0;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(
                    "cursor", FieldErrorCode.INVALID_FORMAT, "cursor '" + cursor + "' was not issued by this API");
        }
    }
}
