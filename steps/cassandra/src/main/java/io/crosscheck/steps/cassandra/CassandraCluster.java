package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import io.crosscheck.engine.support.Causes;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.crosscheck.engine.spi.step.ConnectionConfig;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.StepContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** One named cluster of a run: its session, opened once, and its prepared statements, prepared once per text. */
final class CassandraCluster implements AutoCloseable {
    static final String KIND = "cassandra";
    /** The section every Cassandra step reads. */
    static final EnvironmentSection SECTION = EnvironmentSection.ofConnections(KIND, ClusterConfig.class);
    private static final Duration OPEN_LIMIT = Duration.ofSeconds(60);

    private final String name;
    private final CqlSession session;
    private final Map<String, CompletableFuture<PreparedStatement>> prepared = new ConcurrentHashMap<>();

    private CassandraCluster(String name, CqlSession session) {
        this.name = name;
        this.session = session;
    }

    /** The run-wide cluster of that name (null: the only one configured), opened on first use. */
    static CassandraCluster of(StepContext ctx, String name) throws Exception {
        return ctx.connection(KIND, name, CassandraCluster::open);
    }

    static CassandraCluster open(ConnectionConfig config) throws Exception {
        ClusterSettings settings = ClusterSettings.from(config);
        CqlSessionBuilder builder = CqlSession.builder()
                .withConfigLoader(DriverOptions.loader(settings))
                .withClassLoader(CassandraCluster.class.getClassLoader())
                .addContactPoints(settings.contactPoints());
        if (settings.localDatacenter() != null) {
            builder = builder.withLocalDatacenter(settings.localDatacenter());
        }
        if (settings.keyspace() != null) {
            builder = builder.withKeyspace(CqlIdentifier.fromCql(settings.keyspace()));
        }
        if (settings.username() != null) {
            builder = builder.withAuthCredentials(settings.username(), settings.password());
        }
        CompletableFuture<CqlSession> opening = builder.buildAsync().toCompletableFuture();
        try {
            return new CassandraCluster(settings.name(), opening.get(OPEN_LIMIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            opening.thenAccept(CqlSession::closeAsync); // do not leak a session that connects after we gave up
            throw e;
        } catch (ExecutionException e) {
            throw openFailure(settings, e.getCause());
        }
    }

    private static Exception openFailure(ClusterSettings settings, Throwable cause) {
        String where = "cassandra cluster '" + settings.name() + "' (" + settings.describeContactPoints() + ")";
        if (cause instanceof AllNodesFailedException all) {
            return CqlErrors.unreachable(where + ": no node could be reached: " + Reachability.diagnose(settings.contactPoints())
                    .orElse(all.getMessage()), "is the node running, and are contactPoints right?", cause);
        }
        if (cause instanceof com.datastax.oss.driver.api.core.InvalidKeyspaceException) {
            return new IllegalStateException(where + ": keyspace '" + settings.keyspace() + "' does not exist"
                    + " (create it first, from a cluster entry without 'keyspace', or qualify tables as ks.table)", cause);
        }
        return new IllegalStateException(where + ": " + Causes.rootMessage(cause), cause);
    }

    String name() {
        return name;
    }

    CqlSession session() {
        return session;
    }

    /** Prepared once per text for the whole run; a failed prepare is not kept, so a fixed statement can retry. */
    PreparedStatement prepare(String cql, Instant deadline) throws Exception {
        CompletableFuture<PreparedStatement> mine = new CompletableFuture<>();
        CompletableFuture<PreparedStatement> existing = prepared.putIfAbsent(cql, mine);
        if (existing == null) {
            session.prepareAsync(cql).whenComplete((p, e) -> {
                if (e != null) {
                    prepared.remove(cql, mine);
                    mine.completeExceptionally(e);
                } else {
                    mine.complete(p);
                }
            });
            existing = mine;
        }
        return Pages.await(existing, deadline);
    }

    /** A table by {@code ks.table} or by name in the session's keyspace; the schema is refreshed once if unknown. */
    TableMetadata table(String qualified, Instant deadline) throws Exception {
        TableName name = TableName.parse(qualified, session.getKeyspace().orElse(null));
        Optional<TableMetadata> table = lookup(name);
        if (table.isEmpty()) {
            Pages.await(session.refreshSchemaAsync().toCompletableFuture(), deadline);
            table = lookup(name);
        }
        return table.orElseThrow(() -> new IllegalArgumentException(notFound(name)));
    }

    private Optional<TableMetadata> lookup(TableName name) {
        return session.getMetadata().getKeyspace(name.keyspace()).flatMap(k -> k.getTable(name.table()));
    }

    private String notFound(TableName name) {
        Optional<KeyspaceMetadata> keyspace = session.getMetadata().getKeyspace(name.keyspace());
        if (keyspace.isEmpty()) {
            return "keyspace " + name.keyspace().asCql(true) + " does not exist in cassandra cluster '" + this.name + "'";
        }
        return "table " + name + " does not exist; tables of " + name.keyspace().asCql(true) + ": "
                + String.join(", ", keyspace.get().getTables().keySet().stream().map(t -> t.asCql(true)).sorted().toList());
    }

    @Override
    public void close() {
        try {
            session.closeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            session.forceCloseAsync();
        }
    }
}
