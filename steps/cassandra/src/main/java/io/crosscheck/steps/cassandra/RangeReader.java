package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads token slices page by page with up to {@code parallel} readers, each taking the next slice when done with
 * one and requesting its next page before handing the current one to the sink. Memory stays at two pages per
 * reader whatever the table's size; the sink sees each slice's pages in order, from the reader's thread.
 */
final class RangeReader {
    /** Receives pages; called from several threads at once when reading in parallel. */
    @FunctionalInterface
    interface PageSink {
        void accept(TokenSlice slice, Iterable<Row> rows) throws Exception;
    }

    private final CqlSession session;
    private final Function<TokenSlice, Statement<?>> statements;
    private final Instant deadline;

    RangeReader(CqlSession session, Function<TokenSlice, Statement<?>> statements, Instant deadline) {
        this.session = session;
        this.statements = statements;
        this.deadline = deadline;
    }

    void read(List<TokenSlice> slices, int parallel, PageSink sink) throws Exception {
        int readers = Math.min(parallel, slices.size());
        if (readers <= 1) {
            for (TokenSlice slice : slices) {
                readSlice(slice, sink);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(readers, r -> {
            Thread t = new Thread(r, "cassandra-range-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                running.add(pool.submit(() -> {
                    for (int s = next.getAndIncrement(); s < slices.size(); s = next.getAndIncrement()) {
                        readSlice(slices.get(s), sink);
                    }
                    return null;
                }));
            }
            for (Future<?> reader : running) {
                try {
                    reader.get(Pages.remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                } catch (TimeoutException e) {
                    throw new TimeoutException("the step's time ran out while reading the table");
                }
            }
        } finally {
            pool.shutdownNow(); // on failure or cancellation, the other readers stop at their next wait
        }
    }

    private void readSlice(TokenSlice slice, PageSink sink) throws Exception {
        AsyncResultSet page = Pages.await(session.executeAsync(statements.apply(slice)), deadline);
        while (true) {
            CompletableFuture<AsyncResultSet> following = Pages.prefetch(page);
            sink.accept(slice, page.currentPage());
            if (following == null) {
                return;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("reading cancelled");
            }
            page = Pages.await(following, deadline);
        }
    }
}
