package io.planwatch.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.planwatch.common.Messages;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Token buckets (Bucket4j) per subject and limited operation: pushes and plan drafts. A caller over its limit
 * gets 429 with Retry-After, the seconds until its next call is allowed.
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets kept at most; beyond, all are dropped (each refills to full within a minute anyway). */
    private static final int MAX_BUCKETS = 50_000;

    private static final Map<String, Limited> LIMITED = Map.of(
            "pushObservations",
                    new Limited(RateLimitConfig.Limit::pushesPerMinute, RateLimitConfig.SubjectLimit::pushesPerMinute),
            "createPlanDrafts",
                    new Limited(RateLimitConfig.Limit::draftsPerMinute, RateLimitConfig.SubjectLimit::draftsPerMinute));

    /** An operation's limit as a role and as a named subject give it. */
    private record Limited(
            ToIntFunction<RateLimitConfig.Limit> ofRole,
            Function<RateLimitConfig.SubjectLimit, OptionalInt> ofSubject) {}

    private final RateLimitConfig config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    /** Whether the operation is rate limited (the contract documents its 429). */
    public static boolean limits(String operationId) {
        return operationId != null && LIMITED.containsKey(operationId);
    }

    /** Takes one call of the operation from the subject's bucket, or refuses it with 429. */
    public void take(String operationId, String subject, java.util.Set<Role> roles) {
        Limited limited = LIMITED.get(operationId);
        if (limited == null) {
            return;
        }
        RateLimitConfig.SubjectLimit own = config.subjects().get(subject);
        int perMinute = Optional.ofNullable(own)
                .map(limited.ofSubject())
                .filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt)
                .orElseGet(() -> roles.stream()
                        .mapToInt(role -> limited.ofRole().applyAsInt(limit(role)))
                        .max()
                        .orElse(0));
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(
                operationId + " " + perMinute + " " + subject,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(Math.max(perMinute, 1))
                                .refillGreedy(Math.max(perMinute, 1), Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = perMinute <= 0 ? null : bucket.tryConsumeAndReturnRemaining(1);
        if (probe == null || !probe.isConsumed()) {
            long seconds =
                    probe == null ? 60 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    Messages.text("security.rateLimited", operationId, perMinute, seconds),
                    List.of(),
                    Map.of("retryAfterSeconds", seconds),
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    private RateLimitConfig.Limit limit(Role role) {
        return switch (role) {
            case REPORTER -> config.reporter();
            case PLAN_OWNER -> config.planOwner();
            case READER -> config.reader();
            case ADMIN -> config.admin();
        };
    }
}
