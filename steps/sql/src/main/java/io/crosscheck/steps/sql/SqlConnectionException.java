package io.crosscheck.steps.sql;

/** The database could not be reached: the step is in ERROR (it could not be checked), the run goes on. */
public final class SqlConnectionException extends Exception {

    /** The message says it all (what the driver said included); the original is kept, suppressed, for --debug. */
    SqlConnectionException(String message, Throwable original) {
        super(message);
        addSuppressed(original);
    }

    /** What the driver said: the innermost SQLException of a cause chain, else the innermost message. */
    static String rootMessage(Throwable t) {
        String driver = null;
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLException && !c.getClass().getName().startsWith("com.zaxxer")
                    && c.getMessage() != null) {
                driver = c.getMessage().strip();
            }
            root = c;
        }
        if (driver != null) return driver;
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m.strip();
    }
}
