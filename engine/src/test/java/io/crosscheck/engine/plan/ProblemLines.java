package io.crosscheck.engine.plan;

import io.crosscheck.engine.spi.step.Problem;
import java.nio.file.Path;

/** A problem as one line the planning tests compare: where it is, its message, and its hint after {@code |}. */
final class ProblemLines {
    private ProblemLines() {
    }

    /** {@code 3:5 message | hint}, for a test of one file. */
    static String at(Problem p) {
        return p.position().line() + ":" + p.position().column() + " " + p.message()
                + (p.hint().isEmpty() ? "" : " | " + p.hint());
    }

    /** {@code crosscheck.yaml:3:5 message | hint}: the file by its name. */
    static String inFile(Problem p) {
        return Path.of(p.position().file()).getFileName() + ":" + at(p);
    }

    /** {@code fragments/login.yaml:3:5 message | hint}: the file by its path in the project folder {@code dir}. */
    static String under(Path dir, Problem p) {
        return dir.toAbsolutePath().relativize(Path.of(p.position().file()).toAbsolutePath()) + ":" + at(p);
    }
}
