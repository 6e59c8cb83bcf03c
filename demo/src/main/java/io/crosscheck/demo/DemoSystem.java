package io.crosscheck.demo;

import io.crosscheck.testkit.cassandra.CassandraServer;
import io.crosscheck.testkit.kafka.KafkaBroker;
import io.crosscheck.testkit.solr.SolrServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The energy-utility demo system on 127.0.0.1: a Kafka broker (KRaft) and an H2 database per service reachable
 * over TCP, in this JVM; the services Customer Profile, Moving, Billing, Consumption and an activity feed; and a
 * log index, Solr (in its own JVM) fed from the {@code *-logs} topics.
 * {@link #start()} returns when every service is up and every consumer has its partitions.
 */
public final class DemoSystem implements AutoCloseable {
    /** The environment variable holding Billing's API token; {@link #start()} takes it from there, or makes one. */
    public static final String TOKEN_VARIABLE = "DEMO_API_TOKEN";
    /** The switch that breaks Consumption on purpose. */
    public static final String CULPRIT = "culprit";
    /** The switch that adds Cassandra: Consumption's archive of meter readings. */
    public static final String FULL = "full";
    private static final Set<String> SWITCHES = Set.of(CULPRIT, FULL);

    private final List<AutoCloseable> parts;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String bootstrap;
    private final Map<String, String> databases;
    private final Map<String, String> urls;
    private final String solrUrl;
    private final String cassandraContact;
    private final String apiToken;
    private final Duration startTime;
    private final String startDetail;

    private DemoSystem(List<AutoCloseable> parts, String bootstrap, Map<String, String> databases,
                       Map<String, String> urls, String solrUrl, String cassandraContact, String apiToken, Duration startTime,
                       String startDetail) {
        this.parts = parts;
        this.bootstrap = bootstrap;
        this.databases = Collections.unmodifiableMap(new LinkedHashMap<>(databases));
        this.urls = Collections.unmodifiableMap(new LinkedHashMap<>(urls));
        this.solrUrl = solrUrl;
        this.cassandraContact = cassandraContact;
        this.apiToken = apiToken;
        this.startTime = startTime;
        this.startDetail = startDetail;
    }

    /** Starts with data in a new temporary folder and the token of {@value #TOKEN_VARIABLE} (or a random one). */
    public static DemoSystem start() throws Exception {
        String token = System.getenv(TOKEN_VARIABLE);
        return start(Files.createTempDirectory("crosscheck-demo-"),
                token == null || token.isBlank() ? UUID.randomUUID().toString() : token);
    }

    /** Starts with the broker's data under {@code dataDir} and Billing accepting {@code apiToken}. */
    public static DemoSystem start(Path dataDir, String apiToken) throws Exception {
        return start(dataDir, apiToken, Set.of());
    }

    /**
     * Starts as {@link #start(Path, String)} with switches: {@value #CULPRIT} breaks Consumption on purpose (it has
     * lost the meters' last readings, so a move billed from one fails downstream); {@value #FULL} adds Cassandra (in its
     * own JVM, started beside Kafka and Solr), where Consumption archives the readings its meters sent.
     */
    public static DemoSystem start(Path dataDir, String apiToken, Set<String> switches) throws Exception {
        Set<String> unknown = new java.util.TreeSet<>(switches);
        unknown.removeAll(SWITCHES);
        if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown demo switches " + unknown + "; there are " + SWITCHES);
        long t0 = System.nanoTime();
        // the H2 TCP server listens on loopback only; read once, before H2 opens its first server socket
        if (System.getProperty("h2.bindAddress") == null) System.setProperty("h2.bindAddress", "127.0.0.1");
        List<AutoCloseable> parts = new ArrayList<>();
        // Solr runs in its own JVM: it starts while the broker does
        CompletableFuture<SolrServer> solrStart = CompletableFuture.supplyAsync(() -> startSolr(dataDir.resolve("solr")));
        CompletableFuture<Long> solrReadyAt = solrStart.thenApply(s -> System.nanoTime());
        CompletableFuture<CassandraServer> cassandraStart = switches.contains(FULL)
                ? CompletableFuture.supplyAsync(() -> startCassandra(dataDir.resolve("cassandra")))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<Long> cassandraReadyAt = cassandraStart.thenApply(s -> System.nanoTime());
        try {
            KafkaBroker broker = add(parts, KafkaBroker.start(dataDir, Map.of()));
            for (String topic : Topics.ALL) broker.createTopic(topic, 1);
            String bootstrap = broker.bootstrapServers();
            Producer<String, String> producer = add(parts, producer(bootstrap));
            DatabaseServer dbs = add(parts, DatabaseServer.start());
            Map<String, ServiceDatabase> db = new LinkedHashMap<>();
            for (String name : List.of("profile", "moving", "billing", "consumption")) db.put(name, dbs.create(name));

            var profile = add(parts, new CustomerProfileService(db.get("profile"), new ServiceLog(producer, "customer-profile")));
            var consumption = add(parts, new ConsumptionService(db.get("consumption"), new ServiceLog(producer, "consumption"),
                    switches.contains(CULPRIT)));
            var feed = add(parts, new EventFeedService(new ServiceLog(producer, "activity-feed")));
            var billing = add(parts, new BillingService(bootstrap, db.get("billing"), new ServiceLog(producer, "billing"), apiToken));
            var moving = add(parts, new MovingService(bootstrap, db.get("moving"), new ServiceLog(producer, "moving"),
                    producer, new ProfileClient(profile.url()), new ConsumptionClient(consumption.url())));
            SolrServer solr = add(parts, join(solrStart));
            add(parts, new LogShipper(bootstrap, solr.url() + "/" + SolrServer.LOGS));
            CassandraServer cassandra = join(cassandraStart);
            String cassandraContact = null;
            if (cassandra != null) {
                add(parts, cassandra);
                consumption.archive(add(parts, ReadingArchive.open(cassandra.node())));
                cassandraContact = cassandra.node().contactPoint();
            }
            billing.consumer().awaitAssignment(Duration.ofSeconds(60));
            moving.consumer().awaitAssignment(Duration.ofSeconds(60));

            Map<String, String> urls = new LinkedHashMap<>();
            urls.put("profile", profile.url());
            urls.put("billing", billing.url());
            urls.put("consumption", consumption.url());
            urls.put("feed", feed.url());
            Map<String, String> jdbc = new LinkedHashMap<>();
            db.forEach((name, d) -> jdbc.put(name, d.url()));
            double kafkaS = broker.startTime().toMillis() / 1000.0;
            double solrS = (solrReadyAt.join() - t0) / 1e9;
            String took = cassandra == null ? String.format("Kafka %.1f s and Solr %.1f s, side by side", kafkaS, solrS)
                    : String.format("Kafka %.1f s, Solr %.1f s and Cassandra %.1f s, side by side", kafkaS, solrS,
                            (cassandraReadyAt.join() - t0) / 1e9);
            return new DemoSystem(parts, bootstrap, jdbc, urls, solr.url(), cassandraContact, apiToken,
                    Duration.ofNanos(System.nanoTime() - t0), took);
        } catch (Exception | Error e) {
            solrStart.thenAccept(DemoSystem::closeQuietly);
            cassandraStart.thenAccept(c -> closeQuietly(c == null ? () -> { } : c));
            closeAll(parts);
            throw e;
        }
    }

    private static SolrServer startSolr(Path dir) {
        try {
            return SolrServer.start(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CassandraServer startCassandra(Path dir) {
        try {
            return CassandraServer.start(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Cassandra was starting", e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) throws Exception {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static <T extends AutoCloseable> T add(List<AutoCloseable> parts, T part) {
        parts.add(part);
        return part;
    }

    private static Producer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, "demo-services", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    /** Base URL of a service: {@code profile}, {@code billing}, {@code consumption} or {@code feed}. */
    public String url(String service) {
        String url = urls.get(service);
        if (url == null) throw new IllegalArgumentException("no service '" + service + "'; there are " + urls.keySet());
        return url;
    }

    /** Service name → base URL, in a fixed order. */
    public Map<String, String> urls() {
        return urls;
    }

    /** Service name → JDBC URL of its database ({@code profile}, {@code moving}, {@code billing}, {@code consumption}). */
    public Map<String, String> databases() {
        return databases;
    }

    /** Solr's base URL ({@code http://127.0.0.1:PORT/solr}); the log index is its core {@code logs}. */
    public String solrUrl() {
        return solrUrl;
    }

    /** Cassandra's contact point ({@code 127.0.0.1:PORT}), or null when started without {@value #FULL}. */
    public String cassandraContactPoint() {
        return cassandraContact;
    }

    public String databaseUser() {
        return ServiceDatabase.USER;
    }

    public String databasePassword() {
        return ServiceDatabase.PASSWORD;
    }

    /** The bearer token Billing's REST API requires. */
    public String apiToken() {
        return apiToken;
    }

    /** From nothing to every service up. */
    public Duration startTime() {
        return startTime;
    }

    /** What the start time went to, e.g. {@code Kafka 6.1 s and Solr 9.8 s, side by side}. */
    public String startDetail() {
        return startDetail;
    }

    /** The {@code crosscheck.yaml} that reaches this system (environment {@code demo}). */
    public String crosscheckYaml() {
        return DemoEnvironment.yaml(this);
    }

    /** Stops everything; a second call does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) closeAll(parts);
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) closeQuietly(parts.get(i));
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            // keep closing the rest
        }
    }
}
