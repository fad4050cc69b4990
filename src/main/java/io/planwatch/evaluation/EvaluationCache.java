package io.planwatch.evaluation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Status reads computed once per (read, plan, arguments, data version) and kept in a bounded cache until the
 * {@link DataVersion} moves. The version is read first and the inputs after it, in one consistent snapshot: what is
 * cached under a version is never older than that version, so a change committed on any replica is never hidden.
 */
@ApplicationScoped
public class EvaluationCache {

    private record Key(String read, String plan, String args, long version) {}

    private final Cache<Key, Object> cache;
    private final DataVersion version;
    private final EntityManager em;

    public EvaluationCache(
            DataVersion version,
            EntityManager em,
            @ConfigProperty(name = "planwatch.evaluation.cache-entries", defaultValue = "256") int entries) {
        this.version = version;
        this.em = em;
        this.cache = Caffeine.newBuilder().maximumSize(entries).build();
    }

    /**
     * The answer of a read: none when {@code ifNoneMatch} names the current ETag, else from the cache, else computed
     * in a read-only transaction at one snapshot (concurrent misses of one key compute once).
     */
    @SuppressWarnings("unchecked")
    <T> Versioned<T> get(String read, String plan, Object args, String ifNoneMatch, Supplier<T> compute) {
        Key key = new Key(read, plan, String.valueOf(args), version.current());
        String etag = etag(key);
        if (matches(ifNoneMatch, etag)) {
            return new Versioned<>(null, etag);
        }
        T body = (T) cache.get(
                key,
                k -> QuarkusTransaction.requiringNew().call(() -> {
                    ConsistentRead.start(em, true);
                    return compute.get();
                }));
        return new Versioned<>(body, etag);
    }

    private static String etag(Key key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key.read() + '\n' + key.plan() + '\n' + key.args()).getBytes(StandardCharsets.UTF_8));
            return "\"" + key.version() + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match is a list of ETags or *, compared weakly (RFC 9110 §13.1.2). */
    private static boolean matches(String ifNoneMatch, String etag) {
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
}
