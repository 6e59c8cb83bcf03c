package io.crosscheck.steps.kafka;

/** The cluster could not be reached or did not answer in time: the step could not be checked at all (ERROR). */
public class KafkaUnavailableException extends Exception {
    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
