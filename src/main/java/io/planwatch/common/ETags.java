package io.planwatch.common;

/**
 * Optimistic concurrency over HTTP: reads carry {@code ETag: "n"} (the row version); a write that sends
 * {@code If-Match} only succeeds while the row is still at that version, so no edit silently overwrites another.
 */
public final class ETags {

    private ETags() {}

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    public static void check(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String wanted = ifMatch.trim().replace("W/", "").replace("\"", "");
        if (!wanted.equals(Integer.toString(currentVersion))) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match names version " + wanted + " but the resource is at version " + currentVersion
                            + "; read it again and reapply your change");
        }
    }
}
