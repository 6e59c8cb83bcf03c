package io.crosscheck.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files of {@code malformed-corpus/}: one folder per kind of bad input, its scenario {@code s.yaml} (and the
 * crosscheck.yaml or CSV it needs), and {@code expected.txt}: {@code FILE:LINE:COLUMN: FRAGMENT} lines, each of
 * which some problem must match (message, then {@code | hint}), and an optional {@code --env NAME} line.
 * Validation must report them, and nothing may escape it, not even an {@link Error}.
 */
class MalformedCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/malformed-corpus");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> list = Files.list(ROOT)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMalformedFileIsAProblemAtItsPositionAndNothingEscapes(Path dir) throws IOException {
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        RunOptions options = RunOptions.of(dir.resolve("s.yaml"));
        for (String line : expected) {
            if (line.startsWith("--env ")) options = options.env(line.substring(6).trim());
        }
        List<Problem> problems;
        try {
            problems = Crosscheck.validate(options);
            problems.forEach(Problem::format);
        } catch (Throwable t) {
            throw new AssertionError("validate threw instead of reporting a problem", t);
        }
        for (String line : expected) {
            if (line.startsWith("--env ")) continue;
            Expected e = Expected.parse(line);
            if (problems.stream().noneMatch(p -> e.matches(dir, p))) {
                fail("no problem " + line + " among:\n" + String.join("\n", problems.stream().map(MalformedCorpusTest::describe).toList()));
            }
        }
    }

    private static String describe(Problem p) {
        return p.position() + ": " + p.message() + (p.hint().isEmpty() ? "" : " | " + p.hint());
    }

    record Expected(String file, int line, int column, String fragment) {
        static Expected parse(String text) {
            String[] parts = text.split(":", 4);
            return new Expected(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3].trim());
        }

        boolean matches(Path dir, Problem p) {
            Path file = Path.of(p.position().file()).toAbsolutePath().normalize();
            return file.equals(dir.resolve(this.file).toAbsolutePath().normalize())
                    && p.position().line() == line && p.position().column() == column
                    && (p.message() + (p.hint().isEmpty() ? "" : " | " + p.hint())).contains(fragment);
        }
    }
}
