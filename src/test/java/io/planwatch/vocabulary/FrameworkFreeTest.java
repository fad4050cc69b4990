package io.planwatch.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vocabulary, the evaluation engine and the plan-text parser are plain Java: they can be read, tested and reused
 * without Quarkus, Jakarta or Hibernate, and the engine and the parser name their concepts from the vocabulary only.
 */
class FrameworkFreeTest {

    private static final Pattern FRAMEWORK_IMPORT = Pattern.compile(
            "^import (static )?(io\\.quarkus|jakarta|org\\.hibernate|org\\.eclipse\\.microprofile|com\\.fasterxml|io\\.smallrye)\\.",
            Pattern.MULTILINE);
    /** The packages the framework-free code may import from this project. */
    private static final Pattern PROJECT_IMPORT =
            Pattern.compile("^import (static )?io\\.planwatch\\.(?!vocabulary\\.)([a-z.]+)\\.[A-Z]", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"vocabulary", "evaluation/engine", "plandraft/parser"})
    void importsNoFramework(String pkg) throws IOException {
        List<Path> sources = sources(pkg);
        assertFalse(sources.isEmpty(), "no sources under " + pkg);
        for (Path f : sources) {
            String text = Files.readString(f);
            assertFalse(FRAMEWORK_IMPORT.matcher(text).find(), f + " imports a framework");
            var m = PROJECT_IMPORT.matcher(text);
            while (m.find()) {
                assertEquals(pkg.replace('/', '.'), m.group(2), f + " imports from io.planwatch." + m.group(2));
            }
        }
    }

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/planwatch", pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
