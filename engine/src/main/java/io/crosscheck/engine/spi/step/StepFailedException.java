package io.crosscheck.engine.spi.step;

import io.crosscheck.engine.result.StepError;
import java.util.Map;

/**
 * A step's own account of why it could not pass, as a {@link StepError}. Its kind decides the step's status: the
 * system answered but not as the step requires (a wait that saw no match, a query error the user caused) is FAILED;
 * a system that could not be reached or did not answer in time is ERROR. {@code details} is shown in the report.
 */
public class StepFailedException extends Exception {
    private final transient StepError error;

    public StepFailedException(String message) {
        this(message, Map.of());
    }

    /** The system answered, but not as the step requires: {@link StepError.Kind#REJECTED}. */
    public StepFailedException(String message, Map<String, Object> details) {
        this(new StepError(StepError.Kind.REJECTED, message, "", details));
    }

    public StepFailedException(StepError error) {
        super(error.text()); // the cause may still be set, by initCause
        this.error = error;
    }

    /** {@code cause} is kept for {@code --debug}; the error says all a report shows. */
    public StepFailedException(StepError error, Throwable cause) {
        super(error.text(), cause);
        this.error = error;
    }

    public StepError error() {
        return error;
    }

    public Map<String, Object> details() {
        return error.details();
    }
}
