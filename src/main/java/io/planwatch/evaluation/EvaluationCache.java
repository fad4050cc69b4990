package io.planwatch.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Status reads computed once per (read, plan, arguments, data version) and kept in a bounded cache until the
 * {@link DataVersion} moves. The version is read first and the inputs after it, in one consistent snapshot: what is
 * cached under a version is never older than that version, so a change committed on any replica is never hidden.
 * Each answer is kept encoded too, so a warm 200 writes bytes instead of running Jackson over the whole answer
 * (497 KB for the bench plan), and its gzip form once a caller asks for one. The cache is bounded by the bytes it
 * holds, not by a count of answers: 256 answers of the bench plan would hold about 350 MB, more than the whole heap.
 */
@ApplicationScoped
public class EvaluationCache {

    private record Key(String read, String plan, String args, long version) {}

    /** An answer with its JSON, and its gzip form made on first demand. */
    private static final class Entry {
        final Object body;
        final byte[] json;
        private volatile byte[] gzip;

        Entry(Object body, byte[] json) {
            this.body = body;
            this.json = json;
        }

        byte[] gzip() {
            byte[] g = gzip;
            if (g == null) {
                synchronized (this) {
                    if (gzip == null) {
                        gzip = compress(json);
                    }
                    g = gzip;
                }
            }
            return g;
        }
    }

    /**
     * What one answer holds in the heap per byte of its JSON, rounded up for its gzip copy: 2.75 measured (the heap
     * after 30 sample-plan evaluations of 1.47 MB of JSON in all had grown by 4.04 MB: the JSON and the answer objects).
     */
    private static final int HELD_PER_JSON_BYTE = 3;

    private final Cache<Key, Entry> cache;
    private final DataVersion version;
    private final EntityManager em;
    private final ObjectMapper json;

    public EvaluationCache(
            DataVersion version,
            EntityManager em,
            ObjectMapper json,
            @ConfigProperty(name = "planwatch.evaluation.cache-bytes") MemorySize bytes) {
        this.version = version;
        this.em = em;
        this.json = json;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(bytes.asLongValue())
                .<Key, Entry>weigher((key, entry) ->
                        (int) Math.min(Integer.MAX_VALUE, (long) entry.json.length * HELD_PER_JSON_BYTE))
                .build();
    }

    /**
     * The answer of a read as sent: none when If-None-Match names the current ETag, else from the cache, else computed
     * in a read-only transaction at one snapshot (concurrent misses of one key compute once) and encoded.
     */
    Versioned get(String read, String plan, Object args, ReadHeaders headers, Supplier<?> compute) {
        Key key = key(read, plan, args);
        boolean gzip = headers.gzip();
        String etag = etag(key, gzip);
        if (headers.matches(etag)) {
            return new Versioned(null, gzip, etag);
        }
        Entry entry = entry(key, compute);
        return new Versioned(gzip ? entry.gzip() : entry.json, gzip, etag);
    }

    /** The answer of a read as an object, for what builds on it (a report): from the cache, else computed. */
    @SuppressWarnings("unchecked")
    <T> T value(String read, String plan, Object args, Supplier<T> compute) {
        return (T) entry(key(read, plan, args), compute).body;
    }

    private Key key(String read, String plan, Object args) {
        return new Key(read, plan, String.valueOf(args), version.current());
    }

    private Entry entry(Key key, Supplier<?> compute) {
        return cache.get(key, k -> {
            Object body = QuarkusTransaction.requiringNew().call(() -> {
                ConsistentRead.start(em, true);
                return compute.get();
            });
            try {
                return new Entry(body, json.writeValueAsBytes(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot encode the " + key.read() + " of " + key.plan(), e);
            }
        });
    }

    /** Strong, so one per representation: the gzip form has its own (RFC 9110 §8.8.3). */
    private static String etag(Key key, boolean gzip) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key.read() + '\n' + key.plan() + '\n' + key.args() + (gzip ? "\ngzip" : ""))
                            .getBytes(StandardCharsets.UTF_8));
            return "\"" + key.version() + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
