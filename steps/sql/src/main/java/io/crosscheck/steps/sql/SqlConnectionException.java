package io.crosscheck.steps.sql;

import io.crosscheck.engine.support.Causes;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepFailedException;

/** The database could not be reached: the step is in ERROR (it could not be checked), the run goes on. */
public final class SqlConnectionException extends StepFailedException {

    /** The message says it all (what the driver said included); the original is kept, suppressed, for --debug. */
    SqlConnectionException(String message, Throwable original) {
        super(StepError.of(StepError.Kind.UNREACHABLE, message));
        addSuppressed(original);
    }

    /** What the driver said: the innermost SQLException of a cause chain (not the pool's own), else the innermost message. */
    static String rootMessage(Throwable t) {
        return Causes.rootMessage(t, c -> c instanceof java.sql.SQLException && !c.getClass().getName().startsWith("com.zaxxer"));
    }
}
