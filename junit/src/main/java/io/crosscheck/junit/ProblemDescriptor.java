package io.crosscheck.junit;

import io.crosscheck.engine.spi.step.Problem;
import java.util.List;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * A file that could not be loaded: a failing test that lists every problem as {@code file:line:column: message},
 * so a bad file shows up in the build's report instead of silently running nothing.
 */
final class ProblemDescriptor extends AbstractTestDescriptor {
    private final List<Problem> problems;

    ProblemDescriptor(FileDescriptor file, List<Problem> problems) {
        super(file.getUniqueId().append(Ids.PROBLEMS, "input"), Names.step(file.getDisplayName(), "invalid input"),
                FileSource.from(file.file().toFile(), FilePosition.from(Math.max(1, problems.get(0).position().line()),
                        Math.max(1, problems.get(0).position().column()))));
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
