package io.planwatch.common;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one request may make the service hold or do, in one place: every cap a hostile or broken client could
 * otherwise turn into memory, CPU or an oversized database row. The contract states the defaults (PushRequest,
 * the push and plan-draft operations); the rows-per-push and plan-text-size limits stay under their own names
 * ({@code planwatch.observations.max-batch-rows}, {@code planwatch.plan-drafts.max-bytes}), the body size under
 * {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "planwatch.limits")
@StaticInitSafe // the JSON setup reads it when the ObjectMapper is made, at static init
public interface RequestLimits {

    /** Longest code a push row may name (indicator, jurisdiction, department): the widest code column holds 64. */
    int CODE_LENGTH = 64;
    /** Longest note of a pushed row: the column holds 500. */
    int NOTE_LENGTH = 500;
    /** Longest push source name. */
    int SOURCE_LENGTH = 64;
    /** How much of an over-long or wrong value an error message quotes. */
    int QUOTED_CHARS = 40;

    /**
     * Deepest nesting of arrays and objects in any JSON body: the deepest the API reads is 4 levels (a push row's
     * disaggregation); beyond this the body is refused before it is read further.
     */
    @WithDefault("32")
    int jsonDepth();

    /**
     * Largest JSON body outside an observation push (which streams its rows and is bounded by the body size and
     * its row count): plans, targets, adoptions are kilobytes.
     */
    @WithDefault("2097152")
    int jsonBodyBytes();

    /** Most plans one plan text may carry (a notice issues one or two: the women's and the children's). */
    @WithDefault("8")
    int draftsPerText();

    /** Most targets one plan may carry (the seed plans carry up to about 110). */
    @WithDefault("1000")
    int targetsPerPlan();

    /** Most targets one line (one sentence) of a plan text may carry; the seeds carry at most 6. */
    @WithDefault("50")
    int targetsPerLine();

    /**
     * A request body must arrive at least this fast, in bytes per 10 s, or the request is answered 408 and its
     * connection closed: a client trickling a byte every few seconds would otherwise hold a worker thread.
     */
    @WithDefault("1024")
    int minBodyBytesPer10s();

    /** The window the body rate is measured over, in milliseconds (10 s; shorter in the tests). */
    @WithDefault("10000")
    long bodyWindowMillis();

    /** Longest request target (path and query) answered; longer is a 414 problem. */
    @WithDefault("8192")
    int uriLength();
}
