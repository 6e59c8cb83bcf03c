package io.crosscheck.steps.sql;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Cancels statements still running at their step's deadline, so that a slow query frees its connection and the
 * step fails as timed out. One thread per pool sweeps every 100 ms: JDBC's own query timeout schedules a timer
 * task per statement, which costs a third of a small query's time.
 */
final class StatementWatchdog implements AutoCloseable {
    static final long SWEEP_MS = 100;

    private final Map<Statement, Instant> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper;

    StatementWatchdog(String name) {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crosscheck-sql-watchdog-" + name);
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
    }

    void watch(Statement statement, Instant deadline) {
        running.put(statement, deadline);
    }

    void release(Statement statement) {
        running.remove(statement);
    }

    private void sweep() {
        Instant now = Instant.now();
        running.forEach((statement, deadline) -> {
            if (now.isAfter(deadline) && running.remove(statement, deadline)) {
                try {
                    statement.cancel();
                } catch (SQLException | RuntimeException ignored) {
                    // the statement ended meanwhile, or the driver cannot cancel: the step's own timeout still holds
                }
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
