package io.planwatch.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A contract-driven fuzzer: reads the OpenAPI document the service serves, and sends every operation malformed and
 * edge-case requests, one category after another (wrong types, missing and extra fields, control characters, SQL,
 * extreme numbers, invalid periods, empty and truncated bodies, wrong media types, invalid UTF-8, BOMs, deep
 * nesting, long query strings, odd path segments, duplicate keys). It checks each answer: never a 5xx; every 4xx
 * application/problem+json with a type of the API and no stack trace, SQL or Java name; and, for a write answered
 * 4xx, the database unchanged (row counts and CHECKSUM TABLE of every table, before and after). Bounded by the
 * number of requests; deterministic for a seed.
 */
public final class Fuzzer {

    /**
     * Where to send and what to compare; {@code substitutions} replace codes of the contract's examples (fixtures of one's
     * own, applied in their order). Requests carry {@code headers} (the caller allowed everything), one in four the
     * headers of one of {@code others} instead (callers of other roles and jurisdictions, to walk the access rules).
     * {@code deleted} hears of each DELETE answered 2xx, so that the caller can put that fixture back.
     */
    public record Config(
            String base,
            Supplier<Connection> database,
            int requests,
            long seed,
            Map<String, String> substitutions,
            Map<String, String> headers,
            List<Map<String, String>> others,
            java.util.function.Consumer<String> deleted) {}

    /** What was sent and found, per category. */
    public static final class Report {
        public final Map<String, int[]> categories =
                new TreeMap<>(); // sent, 2xx, 4xx, 5xx, non-problem 4xx, leaks, changed on 4xx
        public final List<String> failures = new ArrayList<>();
        public final Map<Integer, Integer> statuses = new TreeMap<>();

        int[] of(String category) {
            return categories.computeIfAbsent(category, c -> new int[7]);
        }

        public int total(int column) {
            return categories.values().stream().mapToInt(a -> a[column]).sum();
        }

        public String table() {
            StringBuilder s = new StringBuilder(String.format(
                    "%-16s %7s %6s %6s %5s %12s %6s %10s%n",
                    "category", "sent", "2xx", "4xx", "5xx", "non-problem", "leaks", "changed-4xx"));
            categories.forEach((c, a) -> s.append(String.format(
                    "%-16s %7d %6d %6d %5d %12d %6d %10d%n", c, a[0], a[1], a[2], a[3], a[4], a[5], a[6])));
            s.append(String.format(
                    "%-16s %7d %6d %6d %5d %12d %6d %10d%n",
                    "total", total(0), total(1), total(2), total(3), total(4), total(5), total(6)));
            s.append("statuses: ").append(statuses).append('\n');
            return s.toString();
        }
    }

    static final List<String> CATEGORIES = List.of(
            "wrong-type",
            "missing-field",
            "extra-field",
            "unicode",
            "sql",
            "numbers",
            "period",
            "empty-body",
            "truncated",
            "media-type",
            "invalid-utf8",
            "bom",
            "deep-nesting",
            "long-query",
            "path",
            "duplicate-key");
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(exception\\b|\\bat [a-z]+\\.[a-z]+\\.|java\\.|jakarta\\.|io\\.planwatch|com\\.fasterxml"
                    + "|org\\.hibernate|io\\.vertx|sqlstate|syntax error|\\.java:\\d+|StreamReadConstraints|`)");
    private static final String PROBLEMS = "https://planwatch.io/problems/";
    private static final List<String> STRINGS = List.of(
            "\u0000",
            "a\u0000b",
            "\u202Eevil",
            "\u200B",
            "😀",
            "\u0007\u001B[31m",
            "中".repeat(5000),
            "\uFEFF",
            "  ",
            "",
            "Ｃ",
            "e\u0301",
            "\\",
            "\"",
            "</script><script>",
            "=HYPERLINK(\"http://x\")",
            "%00",
            "../../etc/passwd");
    private static final List<String> SQL = List.of(
            "' OR '1'='1",
            "'; DROP TABLE plan; --",
            "\" OR 1=1 --",
            "1; SELECT SLEEP(5)",
            "' UNION SELECT password FROM mysql.user --",
            "\\'; DELETE FROM observation; #");
    private static final List<String> NUMBERS = List.of(
            "1e999999",
            "-1e999999",
            "-1",
            "0",
            "-0",
            "1e308",
            "9999999999999999999999999999",
            "0.000000000000000001",
            "NaN",
            "Infinity",
            "-Infinity",
            "1.5",
            "2147483648",
            "-2147483649",
            "0x10",
            "1_000",
            "01",
            "1e-999999");
    private static final List<String> PERIODS = List.of(
            "\"2023-13\"",
            "\"99999\"",
            "\"-2020\"",
            "\"２０２３\"",
            "\"\"",
            "1989",
            "2999",
            "\"2023 \"",
            "\"20 23\"",
            "2023.5",
            "\"2023Q1\"",
            "-2023",
            "0",
            "\"null\"");
    private static final List<String> MEDIA = List.of(
            "text/xml",
            "application/x-www-form-urlencoded",
            "garbage",
            "",
            "application/json; charset=ISO-8859-1",
            "multipart/form-data; boundary=x",
            "application/json; charset=nonsense",
            "*/*",
            "text/csv",
            "text/plain",
            "application/json;;;");

    private final Config config;
    /** HTTP/1.1 as integrators send it: over h2c a refused request's closed connection shows as GOAWAY, and the path counts as a header. */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final ObjectMapper json = new ObjectMapper();
    private final Random random;
    private final Report report = new Report();
    private List<String> tables;
    private String state;
    private boolean dirty = true;

    private Fuzzer(Config config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    /** The Authorization header of a token of the test identity provider. */
    public static Map<String, String> bearer(String subject, String role, String jurisdiction, String department) {
        return Map.of(
                "Authorization",
                "Bearer "
                        + io.planwatch.testing.SignedTokens.token(
                                subject, java.util.Set.of(role), jurisdiction, department));
    }

    /** Callers that may not do all a fuzzed request asks of this county: a reader and a reporter of 荔浦 (another county of the sample), its plan owner, a reporter of it without a department. */
    public static List<Map<String, String>> otherCallers(String county) {
        return List.of(
                bearer("fuzz-reader", "reader", "450381", null),
                bearer("fuzz-reporter", "reporter", "450381", "450381-WJ"),
                bearer("fuzz-owner", "plan-owner", county, null),
                bearer("fuzz-reporter-here", "reporter", county, null));
    }

    public static Report run(Config config) throws Exception {
        return new Fuzzer(config).run();
    }

    private record Operation(String method, String path, JsonNode spec, String mediaType, String example) {}

    private record Request(String method, String uri, Map<String, String> headers, byte[] body, String template) {}

    private Report run() throws Exception {
        HttpResponse<String> doc = http.send(
                HttpRequest.newBuilder(URI.create(config.base() + "/q/openapi?format=json"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode contract = json.readTree(doc.body());
        List<Operation> operations = operations(contract);
        try (Connection db = config.database().get()) {
            tables = tables(db);
            for (int i = 0; i < config.requests(); i++) {
                Operation op = operations.get(i % operations.size());
                String category = CATEGORIES.get((i / operations.size() + i) % CATEGORIES.size());
                Request request = build(op, category);
                send(db, op, category, request);
            }
        }
        return report;
    }

    // ------------------------------------------------------------------ the contract

    private List<Operation> operations(JsonNode contract) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        contract.path("paths").properties().iterator();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods =
                            path.getValue().properties().iterator();
                    methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    continue;
                }
                JsonNode content = m.getValue().path("requestBody").path("content");
                if (content.isMissingNode() || content.isEmpty()) {
                    ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), m.getValue(), null, null));
                }
                for (Iterator<Map.Entry<String, JsonNode>> types =
                                content.properties().iterator();
                        types.hasNext(); ) {
                    Map.Entry<String, JsonNode> type = types.next();
                    ops.add(new Operation(
                            m.getKey().toUpperCase(),
                            path.getKey(),
                            m.getValue(),
                            type.getKey(),
                            example(type.getValue())));
                }
            }
        }
        return ops;
    }

    private String example(JsonNode media) {
        JsonNode example = media.get("example");
        if (example == null && media.has("examples")) {
            Iterator<JsonNode> all = media.get("examples").elements();
            example = all.hasNext() ? all.next().get("value") : null;
        }
        if (example == null) {
            return "{}";
        }
        return substitute(example.isTextual() ? example.textValue() : example.toString());
    }

    private String substitute(String text) {
        String s = text;
        for (Map.Entry<String, String> e : config.substitutions().entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    // ------------------------------------------------------------------ requests

    private Request build(Operation op, String category) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : op.spec().path("parameters")) {
            String name = p.path("name").asText();
            String value =
                    p.has("example") ? substitute(p.get("example").asText()) : defaultValue(name, p.path("schema"));
            switch (p.path("in").asText()) {
                case "path" -> path.put(name, value);
                case "query" -> {
                    if (random.nextInt(3) == 0) {
                        query.put(name, value);
                    }
                }
                default -> {}
            }
        }
        Map<String, String> headers = new LinkedHashMap<>(
                config.others().isEmpty() || random.nextInt(4) > 0 ? config.headers() : pick(config.others()));
        if (op.mediaType() != null) {
            headers.put(
                    "Content-Type",
                    op.mediaType().startsWith("text/") ? op.mediaType() + "; charset=UTF-8" : op.mediaType());
        }
        String body = op.example();
        byte[] raw = null;
        boolean json = op.mediaType() != null && op.mediaType().contains("json");
        switch (category) {
            case "wrong-type" -> body = json ? mutate(body, this::wrongType) : body;
            case "missing-field" -> body = json ? mutate(body, this::remove) : body;
            case "extra-field" -> body = json ? mutate(body, this::extra) : body;
            case "unicode" -> {
                body = json
                        ? mutate(body, n -> replaceString(n, pick(STRINGS)))
                        : body == null ? null : body + pick(STRINGS);
                if (!path.isEmpty()) {
                    pathValue(path, pick(STRINGS));
                }
            }
            case "sql" -> {
                body = json ? mutate(body, n -> replaceString(n, pick(SQL))) : body == null ? null : pick(SQL);
                if (!path.isEmpty()) {
                    pathValue(path, pick(SQL));
                }
                query.put(anyParameter(op, "query", "name"), pick(SQL));
            }
            case "numbers" -> {
                body = json ? mutateText(body, pick(NUMBERS)) : body;
                if (!path.isEmpty()) {
                    pathValue(path, pick(NUMBERS));
                }
                query.put(anyParameter(op, "query", "limit"), pick(NUMBERS));
            }
            case "period" -> {
                body = json ? periodText(body, pick(PERIODS)) : body;
                query.put(
                        random.nextBoolean() ? "asOf" : random.nextBoolean() ? "from" : "to",
                        pick(PERIODS).replace("\"", ""));
            }
            case "empty-body" -> body = random.nextBoolean() ? "" : random.nextBoolean() ? "null" : "{}";
            case "truncated" ->
                body = body == null || body.length() < 2
                        ? "{"
                        : body.substring(0, 1 + random.nextInt(body.length() - 1));
            case "media-type" -> {
                String type = pick(MEDIA);
                if (type.isEmpty()) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", type);
                }
                if (random.nextBoolean()) {
                    headers.put(
                            "Accept", random.nextBoolean() ? "application/xml" : "text/html;q=1, application/json;q=0");
                }
                if (body == null) {
                    body = "{}";
                }
            }
            case "invalid-utf8" -> raw = invalidUtf8(body == null ? "{\"a\":\"b\"}" : body);
            case "bom" ->
                raw = concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8));
            case "deep-nesting" -> {
                int depth = 50 + random.nextInt(20_000);
                String deep = "[".repeat(depth) + "]".repeat(depth);
                body = json && body != null && body.startsWith("{") && body.length() > 2
                        ? "{\"deep\":" + deep + "," + body.substring(1)
                        : deep;
            }
            case "long-query" -> {
                if (random.nextBoolean()) {
                    query.put(anyParameter(op, "query", "name"), "x".repeat(2_000 + random.nextInt(70_000)));
                } else {
                    for (int i = 0; i < 500; i++) {
                        query.put("p" + i, "v" + i);
                    }
                }
            }
            case "path" -> {
                if (!path.isEmpty()) {
                    pathValue(
                            path,
                            pick(List.of(
                                    "%2e%2e",
                                    "..",
                                    "%00",
                                    "a%2Fb",
                                    "-1",
                                    "0",
                                    "99999999999999999999",
                                    "%E4%B8%AD",
                                    "%zz",
                                    "%",
                                    "x".repeat(300),
                                    "%C0%AE",
                                    "null",
                                    "%20")));
                } else {
                    query.put("limit", "%zz");
                }
            }
            case "duplicate-key" ->
                body = json && body != null && body.startsWith("{") && body.length() > 2
                        ? duplicateFirstKey(body)
                        : body;
            default -> throw new IllegalStateException(category);
        }
        String uri = config.base()
                + fill(
                        op.path(),
                        path,
                        !category.equals("path")
                                && !category.equals("unicode")
                                && !category.equals("sql")
                                && !category.equals("numbers"))
                + query(query, !category.equals("path"));
        byte[] bytes = raw != null ? raw : body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        if (bytes != null
                && op.mediaType() == null
                && !op.method().equals("GET")
                && !op.method().equals("DELETE")) {
            headers.putIfAbsent("Content-Type", "application/json");
        }
        if ((op.method().equals("GET") || op.method().equals("DELETE"))
                && !category.equals("empty-body")
                && !category.equals("media-type")) {
            bytes = null;
        }
        return new Request(op.method(), uri, headers, bytes, op.path());
    }

    private String defaultValue(String name, JsonNode schema) {
        return switch (name) {
            case "plan" -> substitute("luzhai-children");
            case "order", "number", "id" -> "1";
            case "asOf", "year", "from", "to" -> "2023";
            case "limit" -> "10";
            case "If-Match" -> "\"1\"";
            default -> schema.path("type").asText().equals("integer") ? "1" : "x";
        };
    }

    private String anyParameter(Operation op, String in, String fallback) {
        List<String> names = new ArrayList<>();
        for (JsonNode p : op.spec().path("parameters")) {
            if (p.path("in").asText().equals(in)) {
                names.add(p.path("name").asText());
            }
        }
        return names.isEmpty() ? fallback : pick(names);
    }

    private void pathValue(Map<String, String> path, String value) {
        List<String> names = new ArrayList<>(path.keySet());
        path.put(pick(names), value);
    }

    private static String fill(String template, Map<String, String> path, boolean encode) {
        String s = template;
        for (Map.Entry<String, String> e : path.entrySet()) {
            String v = e.getValue();
            s = s.replace(
                    "{" + e.getKey() + "}",
                    encode ? URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20") : raw(v));
        }
        return s;
    }

    /** A path segment as sent when the category wants it odd: escapes stay as written, other characters are encoded. */
    private static String raw(String v) {
        StringBuilder s = new StringBuilder();
        for (char c : v.toCharArray()) {
            s.append(
                    c == '%'
                                    || (c > ' ' && c < 127 && c != '/' && c != '?' && c != '#' && c != '"' && c != '\\'
                                            && c != ' ' && c != '<' && c != '>' && c != '`' && c != '{' && c != '}'
                                            && c != '|' && c != '^' && c != '\'')
                            ? String.valueOf(c)
                            : URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8)
                                    .replace("+", "%20"));
        }
        return s.toString();
    }

    private static String query(Map<String, String> query, boolean encode) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("?");
        query.forEach((k, v) -> s.append(s.length() > 1 ? "&" : "")
                .append(k)
                .append('=')
                .append(encode ? URLEncoder.encode(v, StandardCharsets.UTF_8) : raw(v)));
        return s.toString();
    }

    // ------------------------------------------------------------------ body mutations

    private interface Mutation {
        void apply(JsonNode root);
    }

    private String mutate(String body, Mutation mutation) {
        try {
            JsonNode root = json.readTree(body);
            mutation.apply(root);
            return json.writeValueAsString(root);
        } catch (Exception e) {
            return body;
        }
    }

    /** A random object inside the tree (the root, a row of a push, a correction …). */
    private ObjectNode anyObject(JsonNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        return objects.isEmpty() ? null : pick(objects);
    }

    private void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode o) {
            into.add(o);
        }
        node.elements().forEachRemaining(child -> collect(child, into));
    }

    private void wrongType(JsonNode root) {
        ObjectNode o = anyObject(root);
        if (o == null || o.isEmpty()) {
            return;
        }
        String field = pick(fieldNames(o));
        JsonNode v = o.get(field);
        if (v.isTextual()) {
            o.put(field, random.nextBoolean() ? 123 : 0);
        } else if (v.isNumber()) {
            o.put(field, random.nextBoolean() ? "abc" : "12");
        } else if (v.isArray()) {
            o.putObject(field).put("x", 1);
        } else if (v.isObject()) {
            o.putArray(field).add(1).addNull();
        } else if (v.isBoolean()) {
            o.put(field, "true");
        } else {
            o.putArray(field).addNull();
        }
    }

    private void remove(JsonNode root) {
        ObjectNode o = anyObject(root);
        if (o != null && !o.isEmpty()) {
            o.remove(pick(fieldNames(o)));
        }
    }

    private void extra(JsonNode root) {
        ObjectNode o = anyObject(root);
        if (o != null) {
            o.put(
                    pick(List.of("zzExtra", "id", "version", "createdAt", "__proto__", "constructor", "")),
                    pick(List.of("1", "x", "null")));
        }
    }

    private void replaceString(JsonNode root, String value) {
        ObjectNode o = anyObject(root);
        if (o == null) {
            return;
        }
        List<String> strings = new ArrayList<>();
        o.properties().forEach(e -> {
            if (e.getValue().isTextual()) {
                strings.add(e.getKey());
            }
        });
        if (!strings.isEmpty()) {
            o.put(pick(strings), value);
        } else if (o.isEmpty() && root instanceof ArrayNode a) {
            a.add(value);
        }
    }

    /** Numbers go in as text, so that 1e999999 and NaN reach the parser as written. */
    private String mutateText(String body, String number) {
        java.util.regex.Matcher m =
                Pattern.compile(":\\s*(-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?)").matcher(body);
        List<int[]> spots = new ArrayList<>();
        while (m.find()) {
            spots.add(new int[] {m.start(1), m.end(1)});
        }
        if (spots.isEmpty()) {
            return body;
        }
        int[] spot = pick(spots);
        return body.substring(0, spot[0]) + number + body.substring(spot[1]);
    }

    private String periodText(String body, String period) {
        java.util.regex.Matcher m = Pattern.compile(
                        "\"(period|periodStart|periodEnd|baselineYear|midtermYear|targetYear|year|asOf)\"\\s*:\\s*(\"[^\"]*\"|-?\\d+)")
                .matcher(body);
        List<int[]> spots = new ArrayList<>();
        while (m.find()) {
            spots.add(new int[] {m.start(2), m.end(2)});
        }
        if (spots.isEmpty()) {
            return body;
        }
        int[] spot = pick(spots);
        return body.substring(0, spot[0]) + period + body.substring(spot[1]);
    }

    private String duplicateFirstKey(String body) {
        java.util.regex.Matcher m = Pattern.compile("\\{\\s*(\"[^\"]+\"\\s*:\\s*(\"[^\"]*\"|[-\\w.]+))")
                .matcher(body);
        return m.find() ? body.substring(0, m.end()) + "," + m.group(1) + body.substring(m.end()) : body;
    }

    private static byte[] invalidUtf8(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        int at = Math.max(1, body.indexOf('"', 2) + 1);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, Math.min(at, b.length));
        out.writeBytes(bad);
        out.write(b, Math.min(at, b.length), b.length - Math.min(at, b.length));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static List<String> fieldNames(ObjectNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    // ------------------------------------------------------------------ sending and checking

    private void send(Connection db, Operation op, String category, Request r) throws Exception {
        boolean write = !r.method().equals("GET");
        if (write && dirty) {
            state = state(db);
            dirty = false;
        }
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(r.uri())).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            return; // a target java.net.URI refuses to send: nothing to learn from it
        }
        r.headers().forEach((k, v) -> {
            try {
                b.header(k, v);
            } catch (IllegalArgumentException ignored) {
                // a header value the client refuses to send
            }
        });
        b.method(
                r.method(),
                r.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        HttpResponse<String> answer;
        int[] counts = report.of(category);
        counts[0]++;
        try {
            answer = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            counts[3]++;
            fail(category, op, r, "no answer: " + e);
            return;
        }
        int status = answer.statusCode();
        report.statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            counts[3]++;
            fail(category, op, r, status + " " + cut(answer.body()));
        } else if (status >= 400) {
            counts[2]++;
            String type = answer.headers().firstValue("Content-Type").orElse("");
            JsonNode problem = null;
            try {
                problem = json.readTree(answer.body());
            } catch (Exception ignored) {
                // reported below
            }
            if (!type.startsWith("application/problem+json")
                    || problem == null
                    || !problem.path("type").asText().startsWith(PROBLEMS)
                    || problem.path("status").asInt() != status) {
                counts[4]++;
                fail(category, op, r, "non-problem " + status + " " + type + " " + cut(answer.body()));
            } else if (LEAK.matcher(problem.path("detail").asText()
                            + problem.path("errors").toString())
                    .find()) {
                counts[5]++;
                fail(category, op, r, "leak " + cut(answer.body()));
            }
            if (write) {
                String after = state(db);
                if (!after.equals(state)) {
                    counts[6]++;
                    fail(category, op, r, "changed on " + status + ": " + cut(answer.body()));
                    state = after;
                }
            }
        } else {
            counts[1]++;
            dirty |= write;
            if (r.method().equals("DELETE")) {
                config.deleted().accept(r.template());
                dirty = true;
            }
        }
    }

    private void fail(String category, Operation op, Request r, String what) {
        if (report.failures.size() < 50) {
            Map<String, String> headers = new TreeMap<>(r.headers());
            headers.computeIfPresent("Authorization", (k, v) -> "…" + v.substring(Math.max(0, v.length() - 6)));
            report.failures.add(category + " " + r.method() + " " + cut(r.uri()) + " " + headers + " body="
                    + (r.body() == null ? "-" : cut(new String(r.body(), StandardCharsets.UTF_8))) + " → " + what);
        }
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                                + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Row counts and CHECKSUM TABLE of every table: equal strings, equal contents. */
    private String state(Connection db) throws SQLException {
        StringBuilder s = new StringBuilder();
        try (Statement st = db.createStatement()) {
            StringBuilder counts = new StringBuilder();
            for (String t : tables) {
                counts.append(counts.isEmpty() ? "" : " UNION ALL ")
                        .append("SELECT COUNT(*) FROM `")
                        .append(t)
                        .append('`');
            }
            try (ResultSet rs = st.executeQuery(counts.toString())) {
                while (rs.next()) {
                    s.append(rs.getLong(1)).append(',');
                }
            }
            try (ResultSet rs = st.executeQuery("CHECKSUM TABLE "
                    + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList()))) {
                while (rs.next()) {
                    s.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(';');
                }
            }
        }
        return s.toString();
    }
}
