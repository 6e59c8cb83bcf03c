package io.crosscheck.engine.run;

import io.crosscheck.engine.spi.CheckResult;
import io.crosscheck.engine.spi.Status;
import io.crosscheck.engine.spi.StepResult;
import java.util.List;

/** The outcome of one attempt of a step: its result (null when it threw), its checks, and what went wrong. */
record Attempt(Status status, StepResult result, List<CheckResult> checks, String error, Object details) {

    static Attempt error(Status status, String error, Object details) {
        return new Attempt(status, null, List.of(), error, details);
    }

    boolean passed() {
        return status == Status.PASSED;
    }
}
