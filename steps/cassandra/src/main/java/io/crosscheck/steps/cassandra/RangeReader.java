package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads token slices page by page: up to {@code parallel} slices are fetched at once, each with its next page
 * requested before the current one is handed over, and every page is handed to the caller's thread in a queue of
 * a few pages. Memory stays at a few pages whatever the table's size; the caller sees each slice's pages in order.
 */
final class RangeReader {
    @FunctionalInterface
    interface PageSink {
        void accept(TokenSlice slice, Iterable<Row> rows) throws Exception;
    }

    private record Page(TokenSlice slice, Iterable<Row> rows) {
    }

    private record Failure(Exception error) {
    }

    private static final Object DONE = new Object();

    private final CqlSession session;
    private final Function<TokenSlice, Statement<?>> statements;
    private final Instant deadline;

    RangeReader(CqlSession session, Function<TokenSlice, Statement<?>> statements, Instant deadline) {
        this.session = session;
        this.statements = statements;
        this.deadline = deadline;
    }

    void read(List<TokenSlice> slices, int parallel, PageSink sink) throws Exception {
        if (parallel <= 1 || slices.size() == 1) {
            for (TokenSlice slice : slices) {
                readSlice(slice, sink);
            }
            return;
        }
        int fetchers = Math.min(parallel, slices.size());
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2 * fetchers);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(fetchers, r -> {
            Thread t = new Thread(r, "cassandra-range-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < fetchers; i++) {
                pool.execute(() -> fetch(slices, next, queue));
            }
            int done = 0;
            while (done < fetchers) {
                Object item = queue.poll(Pages.remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
                if (item == null) {
                    throw new TimeoutException("the step's time ran out while reading the table");
                } else if (item == DONE) {
                    done++;
                } else if (item instanceof Failure f) {
                    throw f.error();
                } else {
                    Page page = (Page) item;
                    sink.accept(page.slice(), page.rows());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void fetch(List<TokenSlice> slices, AtomicInteger next, BlockingQueue<Object> queue) {
        try {
            for (int i = next.getAndIncrement(); i < slices.size(); i = next.getAndIncrement()) {
                readSlice(slices.get(i), (slice, rows) -> queue.put(new Page(slice, rows)));
            }
            queue.put(DONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the reader gave up: nobody waits for more
        } catch (Exception e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
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
            page = Pages.await(following, deadline);
        }
    }
}
