package io.crosscheck.engine.support;

import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepFailedException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Reads a cause chain the way a tester needs it: what kind of failure, and its messages without Java noise. */
public final class Causes {
    private Causes() {
    }

    /** The failure a throwable stands for: its own when it carries one, else sorted and worded from its cause chain. */
    public static StepError error(Throwable t) {
        if (t instanceof StepFailedException f) return f.error();
        return StepError.of(kind(t), describe(t));
    }

    /** The chain in one line: each distinct message once, a refused connection or timeout named as such. */
    public static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "stack overflow: an expression, regex or value nested too deeply for the stack";
        }
        if (t instanceof OutOfMemoryError) return "out of memory" + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return describe(new LinkedHashSet<>(), t);
    }

    /** {@code message}, then what {@code cause} (may be null) adds to it, as {@link #describe(Throwable)} words it. */
    public static String describe(String message, Throwable cause) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(message);
        return describe(parts, cause);
    }

    private static String describe(Set<String> parts, Throwable t) {
        for (Throwable c = t; c != null && parts.size() < 4; c = next(c)) {
            String msg = c.getMessage();
            String kind = c instanceof ConnectException ? "connection refused"
                    : c instanceof SocketTimeoutException ? "timed out"
                    : c instanceof UnknownHostException ? "unknown host" : null;
            if (kind != null && (msg == null || !msg.toLowerCase().contains(kind.split(" ")[0]))) {
                parts.add(kind + (msg == null ? "" : ": " + msg));
            } else if (msg != null && !msg.isBlank()) {
                if (parts.stream().noneMatch(p -> p.contains(msg))) parts.add(msg.strip());
            } else if (parts.isEmpty()) {
                parts.add(c.getClass().getSimpleName());
            }
        }
        return String.join(": ", parts);
    }

    /** UNREACHABLE or TIMEOUT when the chain holds a refused connection or a timeout, else INTERNAL. */
    public static StepError.Kind kind(Throwable t) {
        for (Throwable c = t; c != null; c = next(c)) {
            if (c instanceof ConnectException || c instanceof NoRouteToHostException || c instanceof UnknownHostException) {
                return StepError.Kind.UNREACHABLE;
            }
            if (c instanceof InterruptedIOException || c instanceof HttpTimeoutException
                    || c instanceof java.util.concurrent.TimeoutException) {
                return StepError.Kind.TIMEOUT;
            }
        }
        return StepError.Kind.INTERNAL;
    }

    /** The innermost cause's message (its class's name if it has none); a refused connection says so. */
    public static String rootMessage(Throwable t) {
        Throwable root = t;
        for (Throwable c = t; c != null; c = next(c)) root = c;
        String message = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : root.getMessage().strip();
        return root instanceof ConnectException && !message.toLowerCase().contains("refused")
                ? "connection refused: " + message : message;
    }

    /** The message of the innermost cause {@code preferred} accepts (a driver's own exception), else {@link #rootMessage}. */
    public static String rootMessage(Throwable t, Predicate<Throwable> preferred) {
        String found = null;
        for (Throwable c = t; c != null; c = next(c)) {
            if (preferred.test(c) && c.getMessage() != null) found = c.getMessage().strip();
        }
        return found != null ? found : rootMessage(t);
    }

    /** The outermost cause of the given type. */
    public static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = next(c)) {
            if (type.isInstance(c)) return Optional.of(type.cast(c));
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable c) {
        return c.getCause() == c ? null : c.getCause();
    }
}
