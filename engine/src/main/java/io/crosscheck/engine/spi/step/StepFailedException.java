package io.crosscheck.engine.spi.step;

import java.util.Map;

/**
 * The system answered but not as the step requires (a wait that saw no match, a query error the user caused).
 * The step is FAILED rather than ERROR; {@code details} is shown in the report.
 */
public class StepFailedException extends Exception {
    private final transient Map<String, Object> details;

    public StepFailedException(String message) {
        this(message, Map.of());
    }

    public StepFailedException(String message, Map<String, Object> details) {
        super(message);
        this.details = details == null ? Map.of() : details;
    }

    public Map<String, Object> details() {
        return details;
    }
}
