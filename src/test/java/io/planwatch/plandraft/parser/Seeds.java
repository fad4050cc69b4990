package io.planwatch.plandraft.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The seed plan texts: ../shared/seeds beside the repository (as in CI), else /work/shared/seeds. */
final class Seeds {

    private Seeds() {}

    static Path dir() {
        Path beside = Path.of(System.getProperty("user.dir"))
                .resolve("../shared/seeds")
                .normalize();
        return Files.isDirectory(beside) ? beside : Path.of("/work/shared/seeds");
    }

    /** The text of the seed whose file name starts with {@code number} (000 … 004). */
    static String text(String number) {
        try (Stream<Path> files = Files.list(dir())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + dir()));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
