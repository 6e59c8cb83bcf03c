package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.crosscheck.testkit.cassandra.CassandraNode;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/** The plain driver, for loading test data and checking what scenarios did. */
final class RawSession {
    private RawSession() {
    }

    static CqlSession open(CassandraNode node) {
        return CqlSession.builder()
                .addContactPoint(new InetSocketAddress(node.host(), node.port()))
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
                        .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
                        .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
                        .build())
                .build();
    }

    /**
     * Inserts rows, those of one partition (same first value, consecutive) in unlogged batches of up to 100, with at
     * most 32 requests in flight.
     */
    static void insertAll(CqlSession session, String insertCql, List<Object[]> rows) {
        PreparedStatement insert = session.prepare(insertCql);
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<?>> all = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            BatchStatementBuilder batch = BatchStatement.builder(DefaultBatchType.UNLOGGED);
            Object partition = rows.get(i)[0];
            for (int n = 0; n < 100 && i < rows.size() && rows.get(i)[0].equals(partition); n++, i++) {
                batch.addStatement(insert.bind(rows.get(i)));
            }
            inFlight.acquireUninterruptibly();
            all.add(session.executeAsync(batch.build()).toCompletableFuture().whenComplete((r, e) -> inFlight.release()));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    static void createKeyspace(CqlSession session, String keyspace) {
        session.execute("CREATE KEYSPACE IF NOT EXISTS " + keyspace
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    }
}
