package io.crosscheck.steps.kafka;

import io.crosscheck.engine.support.Causes;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepFailedException;
import java.util.Map;

/** The cluster could not be reached or did not answer in time: the step could not be checked at all (ERROR). */
public class KafkaUnavailableException extends StepFailedException {
    static final String HINT = "is the broker running and bootstrap.servers right?";

    KafkaUnavailableException(StepError.Kind kind, String message, Throwable cause) {
        super(new StepError(kind, Causes.describe(message, cause), HINT, Map.of()), cause);
    }
}
