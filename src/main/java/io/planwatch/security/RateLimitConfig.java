package io.planwatch.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How often one subject may call the expensive operations, per role (environment form e.g.
 * {@code PLANWATCH_RATE_LIMITS_REPORTER_PUSHES_PER_MINUTE}). Limits hold per replica: three replicas let a subject
 * do up to three times as much. A caller with several roles gets the most generous of their limits.
 */
@ConfigMapping(prefix = "planwatch.rate-limits")
public interface RateLimitConfig {

    /** Member departments' systems: a yearly batch per indicator group, retried now and then. */
    Limit reporter();

    /** 妇儿工委办: occasional pushes of their own, and reading plan texts in. */
    Limit planOwner();

    /** Readers never push nor read texts in; a limit of 0 would be refused by the role table first anyway. */
    Limit reader();

    Limit admin();

    /**
     * Limits of named subjects (the token's {@code sub}) that replace their roles' limits, one operation at a time: a
     * province's aggregating system may push more than one county's, a misbehaving integration less, without
     * changing the limit of everyone in its role ({@code planwatch.rate-limits.subjects."wjw-mis".pushes-per-minute=600}).
     */
    Map<String, SubjectLimit> subjects();

    interface Limit {
        /** POST /observations per subject and minute. */
        @WithDefault("60")
        int pushesPerMinute();

        /** POST /plan-drafts per subject and minute (a megabyte of text takes about a second to read). */
        @WithDefault("10")
        int draftsPerMinute();
    }

    interface SubjectLimit {
        OptionalInt pushesPerMinute();

        OptionalInt draftsPerMinute();
    }
}
