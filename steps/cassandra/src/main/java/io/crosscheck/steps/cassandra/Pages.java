package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests under the step's deadline: each statement gets the step's consistency, page size and remaining time,
 * and every wait is interruptible, so a cancelled step stops at once.
 */
final class Pages {
    private static final Duration MIN_TIMEOUT = Duration.ofMillis(50);

    private Pages() {
    }

    static <S extends Statement<S>> S prepare(S statement, CassandraStep options, Instant deadline) {
        S s = statement.setTimeout(remaining(deadline));
        if (options.consistency() != null) {
            s = s.setConsistencyLevel(options.consistency());
        }
        if (options.pageSize() != null) {
            s = s.setPageSize(options.pageSize());
        }
        return s;
    }

    static <T> T await(CompletionStage<T> stage, Instant deadline) throws Exception {
        CompletableFuture<T> future = stage.toCompletableFuture();
        try {
            return future.get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new TimeoutException("the step's time ran out while Cassandra was answering");
        }
    }

    /** The next page, requested before the current one is used, so that the server works while we read. */
    static CompletableFuture<AsyncResultSet> prefetch(AsyncResultSet page) {
        return page.hasMorePages() ? page.fetchNextPage().toCompletableFuture() : null;
    }

    static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.compareTo(MIN_TIMEOUT) < 0 ? MIN_TIMEOUT : left;
    }
}
