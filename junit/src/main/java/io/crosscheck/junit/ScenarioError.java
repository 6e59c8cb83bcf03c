package io.crosscheck.junit;

/**
 * A scenario or step that could not be checked (bad input, a refused connection, a crash): the message says it all,
 * so no stack trace of the engine's own is kept.
 */
public final class ScenarioError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioError(String message) {
        super(message, null, false, false);
    }
}
