package io.crosscheck.testkit.cassandra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Cassandra server's classpath, resolved at build time by the {@code crosscheck-testkit-cassandra-server}
 * module into a resource: the server's jars stay off the test classpath and run in their own JVM.
 */
final class ServerClasspath {
    static final String RESOURCE = "/io/crosscheck/testkit/cassandra/server/cassandra.classpath";
    private static final String FIX = "build it with: ./mvnw -pl testkit/cassandra/server install";

    private ServerClasspath() {
    }

    static String load() throws IOException {
        String text;
        try (InputStream in = ServerClasspath.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Cassandra server classpath " + RESOURCE + " is not on the classpath; " + FIX);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        List<String> missing = Arrays.stream(text.split(File.pathSeparator))
                .filter(jar -> !Files.isRegularFile(Path.of(jar)))
                .toList();
        if (text.isEmpty() || !missing.isEmpty()) {
            throw new IllegalStateException("the Cassandra server classpath names " + missing.size()
                    + " missing jar(s), e.g. " + (missing.isEmpty() ? "<empty>" : missing.get(0)) + "; " + FIX);
        }
        return text;
    }
}
