package io.planwatch.evaluation;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The headers a status read is answered by: the ETag the caller holds, and whether it takes a gzip answer. */
public class ReadHeaders {

    @HeaderParam("If-None-Match")
    String ifNoneMatch;

    @HeaderParam("Accept-Encoding")
    @Parameter(hidden = true) // HTTP's own negotiation, as for every operation
    String acceptEncoding;

    /** If-None-Match is a list of ETags or *, compared weakly (RFC 9110 §13.1.2). */
    boolean matches(String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Accept-Encoding names gzip (or *) without q=0. */
    boolean gzip() {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].strip().replace(" ", "");
                    if (p.startsWith("q=") && p.substring(2).matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
