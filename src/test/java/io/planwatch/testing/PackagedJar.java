package io.planwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the packaged service as the k8s Deployment runs it, for the bench programs (bench/*.java): the JVM options
 * are read from k8s/deployment.yaml (its GC_CONTAINER_OPTIONS, JAVA_OPTS_APPEND and MALLOC_ARENA_MAX), so that
 * what is measured is what is deployed. The image keeps the jar and its AppCDS archive in /deployments; here that
 * directory is target/quarkus-app, where bench/run packages both, and the jar is started from it, as the archive
 * Quarkus builds there was.
 */
public final class PackagedJar {

    private static final Path DEPLOYMENT = Path.of("k8s", "deployment.yaml");
    private static final Path APP = Path.of("target", "quarkus-app");

    private PackagedJar() {}

    /** The JVM options of the Deployment, /deployments/ read as the jar's directory. */
    public static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String name : List.of("GC_CONTAINER_OPTIONS", "JAVA_OPTS_APPEND")) {
            for (String option : env(name).split("\\s+")) {
                options.add(option.replace("/deployments/", ""));
            }
        }
        return options;
    }

    /** java, the Deployment's options, then these, then -jar quarkus-run.jar, run in the jar's directory. */
    public static ProcessBuilder process(String... moreOptions) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions());
        command.addAll(Arrays.asList(moreOptions));
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(APP.toFile());
        pb.environment().put("MALLOC_ARENA_MAX", env("MALLOC_ARENA_MAX"));
        return pb;
    }

    /** A value of the container's env list: {@code - {name: X, value: "..."}}. */
    private static String env(String name) {
        try {
            Matcher m = Pattern.compile("\\{name: " + name + ", value: \"([^\"]*)\"}")
                    .matcher(Files.readString(DEPLOYMENT));
            if (!m.find()) {
                throw new IllegalStateException(DEPLOYMENT + " sets no " + name);
            }
            return m.group(1).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
