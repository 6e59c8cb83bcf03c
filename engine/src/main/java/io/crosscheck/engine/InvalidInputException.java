package io.crosscheck.engine;

import io.crosscheck.engine.spi.step.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** Bad input (YAML, scenario, config, options): nothing ran. The CLI prints the problems and exits with 2. */
public class InvalidInputException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
