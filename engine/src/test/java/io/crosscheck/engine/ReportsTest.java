package io.crosscheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.engine.spi.report.Reporter;
import io.crosscheck.engine.result.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are whole or not there: written aside and renamed, a failure names the file, the folder is checked first. */
class ReportsTest {
    @TempDir
    Path dir;

    private static final RunResult RUN = new RunResult("r", Instant.EPOCH, 1, "local", List.of(), false);

    /** Writes a few bytes, then fails as a full disk does. */
    public static final class FullDiskReporter implements Reporter {
        @Override
        public String name() {
            return "json";
        }

        @Override
        public Path write(RunResult result, Path reportDir) throws IOException {
            try (OutputStream out = Files.newOutputStream(reportDir.resolve("results.json"))) {
                out.write("{\"scenarios\": [".getBytes());
                throw new IOException("No space left on device");
            }
        }
    }

    public static final class GoodReporter implements Reporter {
        @Override
        public String name() {
            return "text";
        }

        @Override
        public Path write(RunResult result, Path reportDir) throws IOException {
            return Files.writeString(reportDir.resolve("summary.txt"), "run " + result.id());
        }
    }

    private ClassLoader reporters(Class<?>... classes) throws IOException {
        Path services = dir.resolve("cp/META-INF/services");
        Files.createDirectories(services);
        Files.write(services.resolve(Reporter.class.getName()), Stream.of(classes).map(Class::getName).toList());
        return new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aFailedReportNamesItsFileKeepsTheOldOneWholeAndTheOthersAreStillWritten() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.json"), "{\"previous\": true}");
        ClassLoader loader = reporters(FullDiskReporter.class, GoodReporter.class);

        assertThatThrownBy(() -> Reports.write(RUN, out, loader)).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + out.resolve("results.json") + ": No space left on device");
        assertThat(out.resolve("results.json")).hasContent("{\"previous\": true}");
        assertThat(out.resolve("summary.txt")).hasContent("run r");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.json", "summary.txt");
        }
    }

    @Test
    void aReportFolderThatCannotBeCreatedIsNamedBeforeAnythingRuns() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");
        assertThatThrownBy(() -> Reports.checkWritable(file.resolve("reports")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot write reports to " + file.resolve("reports") + ": ")
                .hasMessageEndingWith("(choose another folder with --report-dir)");
    }
}
