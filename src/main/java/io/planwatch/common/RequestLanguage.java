package io.planwatch.common;

import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * The language a request is answered in, decided once per request. Chinese when Accept-Language prefers zh to
 * en; English when it prefers en; and when it names neither (absent, {@code *}, another language), Chinese for a
 * CSV upload from a browser — a clerk's spreadsheet sent from a web page — and English for everything else.
 */
@RequestScoped
@Unremovable // looked up by Messages, never injected
public class RequestLanguage {

    private final CurrentVertxRequest request;
    private Locale locale;

    public RequestLanguage(CurrentVertxRequest request) {
        this.request = request;
    }

    public Locale locale() {
        if (locale == null) {
            locale = decide(
                    request.getCurrent() == null ? null : request.getCurrent().request());
        }
        return locale;
    }

    static Locale decide(HttpServerRequest http) {
        if (http == null) {
            return Locale.ENGLISH;
        }
        Locale preferred = preferred(http.getHeader("Accept-Language"));
        if (preferred != null) {
            return preferred;
        }
        return csv(http.getHeader("Content-Type")) && fromBrowser(http) ? Messages.CHINESE : Locale.ENGLISH;
    }

    /** zh or en, whichever Accept-Language ranks higher (q-values; ties go to the first listed); null if neither. */
    static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        Locale best = null;
        double bestQ = 0;
        for (Locale.LanguageRange range : parse(acceptLanguage)) {
            String language = range.getRange().split("-")[0];
            Locale candidate = language.equals("zh") ? Messages.CHINESE : language.equals("en") ? Locale.ENGLISH : null;
            if (candidate != null && range.getWeight() > bestQ) {
                best = candidate;
                bestQ = range.getWeight();
            }
        }
        return best;
    }

    private static java.util.List<Locale.LanguageRange> parse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return java.util.List.of(); // a malformed header names no language we know
        }
    }

    private static boolean csv(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv");
    }

    /** Browsers mark their requests with Sec-Fetch-Mode (every current one) or at least Origin on a cross-site upload. */
    private static boolean fromBrowser(HttpServerRequest http) {
        return http.getHeader("Sec-Fetch-Mode") != null || http.getHeader("Origin") != null;
    }
}
