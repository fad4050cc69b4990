package io.planwatch.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The members each response DTO always writes, read from the records themselves, so that the contract lists them as
 * {@code required} and a generated client (openapi-typescript) types them as present. Jackson writes every component
 * of a record unless the record or the component is {@code @JsonInclude(NON_NULL)} (or NON_EMPTY): such a member is
 * there only when set, unless its {@code @Schema(required = true)} says it always is. A primitive is always there. A
 * member written as null says {@code @Schema(nullable = true)}, which SmallRye turns into {@code type: [..., "null"]}.
 */
final class ResponseMembers {

    private static final String ROOT = "io/planwatch/";

    private ResponseMembers() {}

    /** Schema name → the members always written, for every record of the application that names a schema. */
    static Map<String, List<String>> bySchema() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Class<?> type : records()) {
            Schema schema = type.getAnnotation(Schema.class);
            if (schema != null && !schema.hidden()) {
                out.put(schema.name().isEmpty() ? type.getSimpleName() : schema.name(), alwaysWritten(type));
            }
        }
        return out;
    }

    /** The components Jackson always writes, in declaration order. */
    static List<String> alwaysWritten(Class<?> record) {
        boolean recordOmitsNulls = omitsNulls(record.getAnnotation(JsonInclude.class));
        List<String> names = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            AnnotatedElement field = field(record, c);
            Schema schema = field.getAnnotation(Schema.class);
            if ((schema != null && schema.hidden()) || c.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            JsonInclude include = field.getAnnotation(JsonInclude.class);
            boolean omitsNulls = include != null ? omitsNulls(include) : recordOmitsNulls;
            if (c.getType().isPrimitive() || !omitsNulls || (schema != null && schema.required())) {
                names.add(c.getName());
            }
        }
        return names;
    }

    private static boolean omitsNulls(JsonInclude include) {
        return include != null
                && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    /** A record component's annotations land on its field (MicroProfile's @Schema does not target record components). */
    private static AnnotatedElement field(Class<?> record, RecordComponent c) {
        try {
            return record.getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
            return c.getAccessor();
        }
    }

    /** The application's records: the classes under io/planwatch beside this one, in a directory or a jar. */
    private static List<Class<?>> records() {
        ClassLoader loader = ResponseMembers.class.getClassLoader();
        URL self = loader.getResource(ROOT + "common/ResponseMembers.class");
        if (self == null) {
            throw new IllegalStateException("cannot find the application's classes to read the response members from");
        }
        List<String> names = new ArrayList<>();
        try {
            if (self.getProtocol().equals("jar")) {
                try (var jar = ((JarURLConnection) self.openConnection()).getJarFile()) {
                    jar.stream()
                            .map(e -> e.getName())
                            .filter(n -> n.startsWith(ROOT) && n.endsWith(".class"))
                            .forEach(names::add);
                }
            } else {
                Path root = Path.of(self.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .forEach(f -> names.add(
                                    ROOT + root.relativize(f).toString().replace('\\', '/')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> records = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(
                        name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                if (type.isRecord()) {
                    records.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that does not load here (a test-only or optional dependency) names no response schema
            }
        }
        return records;
    }
}
