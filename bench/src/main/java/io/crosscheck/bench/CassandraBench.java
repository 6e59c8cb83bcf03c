package io.crosscheck.bench;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.cassandra.CassandraNode;
import io.crosscheck.testkit.cassandra.CassandraServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;

/**
 * Non-key search over 100,000 rows on a real Cassandra node: {@code query: scan} against a plain driver loop paging
 * through {@code SELECT *} and testing each row in Java, both keeping the first 100 matches and counting all.
 * Prints the median time of each (and the ratio), and the peak live heap of each against materializing every row.
 * Runs itself in a JVM with a 256 MB heap so that the collector runs often and the live set is measured.
 */
public final class CassandraBench {
    private static final int METERS = 10_000;
    private static final int READINGS = 10;
    private static final int ROUNDS = 9;
    private static final int KEEP = 100;
    private static final String MATCH = "value > 990 && status == 'BAD'";

    public static void main(String[] args) throws Exception {
        if (Runtime.getRuntime().maxMemory() > 512L << 20) {
            System.exit(relaunch("-Xmx256m", "-XX:+UseSerialGC"));
        }
        try (CassandraServer server = CassandraServer.start(Path.of("bench", "target", "cassandra"))) {
            CassandraNode node = server.node();
            System.out.printf("Cassandra 5.0.9 on %s (pid %d)%n", node.contactPoint(), node.pid());
            try (CqlSession raw = session(node)) {
                long bad = load(raw);
                Path project = project(node);
                List<Long> tool = new ArrayList<>();
                List<Long> toolWhere = new ArrayList<>();
                List<Long> plain = new ArrayList<>();
                List<Long> plainWhere = new ArrayList<>();
                long[] toolHeap = new long[1];
                long[] plainHeap = new long[1];
                for (int round = 0; round <= ROUNDS; round++) {   // round 0 warms the JIT and the server's caches
                    LiveHeap heap = LiveHeap.start();
                    RunResult result = Crosscheck.run(RunOptions.of(project));
                    long toolPeak = heap.stop();
                    check(result, bad);
                    long t0 = System.nanoTime();
                    heap = LiveHeap.start();
                    long found = rawScan(raw, r -> r.getInt("value") > 990 && "BAD".equals(r.getString("status")));
                    long plainNs = System.nanoTime() - t0;
                    long plainPeak = heap.stop();
                    long t1 = System.nanoTime();
                    long foundWhere = rawScan(raw, r -> "BAD".equals(r.getString("status")) && r.getInt("ts") == 3);
                    long plainWhereNs = System.nanoTime() - t1;
                    if (found != bad) {
                        throw new IllegalStateException("plain loop found " + found + ", expected " + bad);
                    }
                    if (round > 0) {
                        tool.add(stepMs(result, "scan match"));
                        toolWhere.add(stepMs(result, "scan where"));
                        plain.add(plainNs / 1_000_000);
                        plainWhere.add(plainWhereNs / 1_000_000);
                        toolHeap[0] = Math.max(toolHeap[0], toolPeak);
                        plainHeap[0] = Math.max(plainHeap[0], plainPeak);
                    }
                    if (round == 0 && foundWhere == 0) {
                        throw new IllegalStateException("no row has status BAD and ts 3");
                    }
                }
                LiveHeap heap = LiveHeap.start();
                List<Map<String, Object>> all = materialize(raw);
                long allPeak = heap.stop();
                report(bad, tool, plain, toolWhere, plainWhere, toolHeap[0], plainHeap[0], allPeak, all.size());
            }
        }
    }

    private static void report(long bad, List<Long> tool, List<Long> plain, List<Long> toolWhere, List<Long> plainWhere,
                               long toolHeap, long plainHeap, long allHeap, int allRows) {
        long t = median(tool);
        long p = median(plain);
        long tw = median(toolWhere);
        long pw = median(plainWhere);
        System.out.printf("non-key search, %,d rows, %d matches, median of %d (ms per run: crosscheck %s, plain %s)%n",
                METERS * READINGS, bad, ROUNDS, tool, plain);
        System.out.printf("  match: %-32s crosscheck scan %5d ms   plain driver paging loop %5d ms   ratio %.2f (target <= 1.2)%n",
                MATCH, t, p, (double) t / p);
        System.out.printf("  where: %-32s crosscheck scan %5d ms   plain driver paging loop %5d ms   ratio %.2f%n",
                "{status: BAD, ts: 3}", tw, pw, (double) tw / pw);
        System.out.printf("peak live heap above the start (largest heap after a GC, -Xmx256m): crosscheck scan %,d KB,"
                + " plain paging loop %,d KB, all %,d rows held as maps %,d KB%n", toolHeap / 1024, plainHeap / 1024, allRows, allHeap / 1024);
    }

    private static long load(CqlSession raw) {
        raw.execute("CREATE KEYSPACE IF NOT EXISTS bench WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        raw.execute("CREATE TABLE IF NOT EXISTS bench.readings (meter_id text, ts int, value int, status text, PRIMARY KEY (meter_id, ts))");
        PreparedStatement insert = raw.prepare("INSERT INTO bench.readings (meter_id, ts, value, status) VALUES (?, ?, ?, ?)");
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long bad = 0;
        long t0 = System.nanoTime();
        for (int m = 0; m < METERS; m++) {
            BatchStatementBuilder partition = BatchStatement.builder(DefaultBatchType.UNLOGGED); // one partition per batch
            for (int ts = 0; ts < READINGS; ts++) {
                int value = (m * 37 + ts * 101) % 1000;
                String status = (m + ts) % 7 == 0 ? "BAD" : "OK";
                if (value > 990 && status.equals("BAD")) {
                    bad++;
                }
                partition.addStatement(insert.bind("meter-" + m, ts, value, status));
            }
            inFlight.acquireUninterruptibly();
            pending.add(raw.executeAsync(partition.build().setTimeout(Duration.ofSeconds(60))).toCompletableFuture()
                    .whenComplete((r, e) -> inFlight.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        System.out.printf("loaded %,d rows in %d ms%n", METERS * READINGS, (System.nanoTime() - t0) / 1_000_000);
        return bad;
    }

    private static Path project(CassandraNode node) throws Exception {
        Path dir = Files.createDirectories(Path.of("bench", "target", "cassandra-bench").toAbsolutePath());
        Files.writeString(dir.resolve("crosscheck.yaml"), "defaults: { timeout: 120s }\nenvironments:\n  bench:\n    cassandra:\n"
                + "      main: { contactPoints: [\"" + node.contactPoint() + "\"], localDatacenter: " + node.localDatacenter() + " }\n");
        Files.writeString(dir.resolve("scan.yaml"), """
                scenario: non-key search
                steps:
                  - name: connect
                    query: { cql: SELECT release_version FROM system.local }
                  - name: scan match
                    query:
                      scan: { table: bench.readings, match: "%s", maxRows: %d }
                  - name: scan where
                    query:
                      scan: { table: bench.readings, where: { status: BAD, ts: 3 }, maxRows: %d }
                """.formatted(MATCH, KEEP, KEEP));
        return dir;
    }

    private static void check(RunResult result, long bad) {
        if (!result.passed()) {
            throw new IllegalStateException("scenario failed: " + result.scenarios().get(0).message());
        }
        Object count = ((Map<?, ?>) step(result, "scan match").response()).get("count");
        if (!Long.valueOf(bad).equals(count)) {
            throw new IllegalStateException("scan found " + count + ", expected " + bad);
        }
    }

    /** The plain way: page through the whole table, test each row, keep the first matches. */
    private static long rawScan(CqlSession session, Predicate<Row> match) {
        List<Map<String, Object>> kept = new ArrayList<>();
        long found = 0;
        for (Row row : session.execute(SimpleStatement.newInstance("SELECT * FROM bench.readings").setTimeout(Duration.ofSeconds(60)))) {
            if (match.test(row)) {
                found++;
                if (kept.size() < KEEP) {
                    kept.add(Map.of("meter_id", row.getString("meter_id"), "ts", row.getInt("ts"),
                            "value", row.getInt("value"), "status", row.getString("status")));
                }
            }
        }
        return found;
    }

    private static List<Map<String, Object>> materialize(CqlSession session) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Row row : session.execute(SimpleStatement.newInstance("SELECT * FROM bench.readings").setTimeout(Duration.ofSeconds(60)))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("meter_id", row.getString("meter_id"));
            m.put("ts", row.getInt("ts"));
            m.put("value", row.getInt("value"));
            m.put("status", row.getString("status"));
            all.add(m);
        }
        return all;
    }

    private static StepRecord step(RunResult result, String name) {
        return result.scenarios().get(0).steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static long stepMs(RunResult result, String name) {
        return step(result, name).durationMs();
    }

    private static CqlSession session(CassandraNode node) {
        return CqlSession.builder()
                .addContactPoint(new InetSocketAddress(node.host(), node.port()))
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60))
                        .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
                        .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
                        .build())
                .build();
    }

    private static long median(List<Long> values) {
        return Medians.of(values.stream().mapToLong(Long::longValue).toArray());
    }

    /** Runs this class again in a JVM with the given flags, sharing the console; returns its exit code. */
    private static int relaunch(String... jvmFlags) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CassandraBench.class.getName()));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** The largest heap in use right after a collection, above the heap in use when measuring started. */
    private static final class LiveHeap implements javax.management.NotificationListener {
        private static final java.util.Set<String> HEAP_POOLS = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).map(p -> p.getName())
                .collect(java.util.stream.Collectors.toSet());
        private final long baseline;
        private volatile long peak;

        private LiveHeap(long baseline) {
            this.baseline = baseline;
        }

        static LiveHeap start() {
            System.gc();
            LiveHeap heap = new LiveHeap(java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).addNotificationListener(heap, null, null);
            }
            return heap;
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            peak = Math.max(peak, used - baseline);
        }

        long stop() throws Exception {
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).removeNotificationListener(this);
            }
            return peak;
        }
    }
}
