package io.crosscheck.engine.run;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Turns an exception into the one line a tester needs: the cause chain without Java noise. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "stack overflow: an expression, regex or value nested too deeply for the stack";
        }
        if (t instanceof OutOfMemoryError) return "out of memory" + (t.getMessage() == null ? "" : ": " + t.getMessage());
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable c = t; c != null && parts.size() < 4; c = c.getCause() == c ? null : c.getCause()) {
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
}
