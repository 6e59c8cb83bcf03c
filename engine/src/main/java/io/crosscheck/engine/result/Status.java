package io.crosscheck.engine.result;

/** Outcome of a step or scenario: FAILED is "not as expected", ERROR is "could not be checked" (refused, crashed). */
public enum Status {
    PASSED, FAILED, ERROR, SKIPPED;

    /** The worse of two outcomes: ERROR > FAILED > PASSED > SKIPPED. */
    public Status worst(Status other) {
        return rank(other) > rank(this) ? other : this;
    }

    private static int rank(Status s) {
        return switch (s) {
            case SKIPPED -> 0;
            case PASSED -> 1;
            case FAILED -> 2;
            case ERROR -> 3;
        };
    }
}
