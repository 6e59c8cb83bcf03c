package io.crosscheck.engine.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What stopped a step, as reports show it: its kind, one line saying what happened, what to try (empty when there is
 * nothing to suggest), and the values that show it (the statement sent, the server's status). Where it happened is
 * not part of it: the step's record has the position, and reports add it.
 */
public record StepError(Kind kind, String message, String hint, Map<String, Object> details) {

    /** What the engine and the step modules tell apart; the kind decides whether the step FAILED or is in ERROR. */
    public enum Kind {
        /** An {@code expect} or {@code assert} check did not hold. */
        FAILED_CHECK(Status.FAILED),
        /** The system answered, but refused the step or not as it requires (bad SQL, no such topic, HTTP 4xx). */
        REJECTED(Status.FAILED),
        /** The system could not be reached: connection refused, unknown host, no node answered. */
        UNREACHABLE(Status.ERROR),
        /** No answer within the step's or the call's limit. */
        TIMEOUT(Status.ERROR),
        /** Anything else that kept the step from being checked: a crash, a bad expression, an interrupted run. */
        INTERNAL(Status.ERROR);

        private final Status status;

        Kind(Status status) {
            this.status = status;
        }

        public Status status() {
            return status;
        }
    }

    public StepError {
        kind = kind == null ? Kind.INTERNAL : kind;
        message = message == null ? "" : message;
        hint = hint == null ? "" : hint;
        // details may hold nulls (a SQL parameter), so no Map.copyOf
        details = details == null || details.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static StepError of(Kind kind, String message) {
        return new StepError(kind, message, "", Map.of());
    }

    public StepError withHint(String hint) {
        return new StepError(kind, message, hint, details);
    }

    public StepError withDetails(Map<String, Object> details) {
        return new StepError(kind, message, hint, details);
    }

    /** The same failure said of a part of the step: {@code expect: }, {@code if: }, {@code save total: }. */
    public StepError in(String part) {
        return part.isEmpty() ? this : new StepError(kind, part + message, hint, details);
    }

    public Status status() {
        return kind.status();
    }

    /** The one line reports show: the message, and the hint in parentheses after it. */
    public String text() {
        return hint.isEmpty() ? message : message + " (" + hint + ")";
    }
}
