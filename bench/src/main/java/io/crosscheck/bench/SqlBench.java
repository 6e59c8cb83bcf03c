package io.crosscheck.bench;

import io.crosscheck.steps.testkit.FakeStepContext;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.spi.step.StepResult;
import io.crosscheck.steps.sql.SqlQuery;
import io.crosscheck.steps.sql.SqlQueryHandler;
import io.crosscheck.testkit.postgres.PostgresServer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code query: {sql}} against raw JDBC on a real PostgreSQL, on the same HikariCP settings:
 * (1) 1,000 small queries by primary key, each expecting one row (target ratio ≤ 1.15);
 * (2) counting 1,000,000 rows (target ratio ≤ 1.3), with the heap's peak during each.
 * Each round opens its pool, as a crosscheck run does. A third figure isolates this module: the query handler
 * alone (no runner around it), query by query in turn with raw JDBC, so that the machine's load hits both alike.
 * Usage: {@code bench/run SqlBench [rounds]}
 * (try {@code JAVA_TOOL_OPTIONS=-Xmx128m} to see the million rows pass in a small heap).
 */
public final class SqlBench {
    private static final int SMALL = 1_000;
    private static final int LARGE = 1_000_000;
    private static final String SMALL_SQL = "SELECT customer_id, first_name, last_name, email, is_active, created_date"
            + " FROM customer_profile WHERE customer_id = ";
    private static final String LARGE_SQL = "SELECT g AS id, md5(g::text) AS hash FROM generate_series(1, 1000000) AS g";

    private final PostgresServer pg;
    private final String url;

    private SqlBench(PostgresServer pg, String url) {
        this.pg = pg;
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PostgresServer pg = PostgresServer.shared();
        String url = pg.createDatabase("sql_bench");
        pg.executeIn(url, """
                CREATE TABLE customer_profile (customer_id bigint PRIMARY KEY, first_name text, last_name text,
                  email text, is_active boolean, created_date date);
                INSERT INTO customer_profile
                  SELECT g, 'First' || g, 'Last' || g, 'c' || g || '@example.com', g % 3 <> 0, DATE '2024-01-01' + g % 365
                    FROM generate_series(1, 10000) AS g;
                ANALYZE customer_profile""");
        SqlBench bench = new SqlBench(pg, url);
        Path dir = bench.project();
        System.out.printf("SqlBench on %s, %d rounds (median), JVM heap max %d MB%n", pg, rounds,
                Runtime.getRuntime().maxMemory() >> 20);

        long[] xSmall = new long[rounds];
        long[] rSmall = new long[rounds];
        for (int i = -2; i < rounds; i++) { // two warm-up rounds
            long x = bench.crosscheck(dir.resolve("small.yaml"));
            long r = bench.rawSmall();
            if (i >= 0) {
                xSmall[i] = x;
                rSmall[i] = r;
            }
        }
        report("1,000 small queries", Medians.of(xSmall), Medians.of(rSmall), SMALL, 1.15);
        double[] ratios = Medians.ratios(xSmall, rSmall);
        System.out.printf("  the rounds' own ratios %s, their median %.2f%n", Medians.list(ratios), Medians.of(ratios));
        long[] handler = bench.handlerAgainstRaw(rounds);
        report("  the handler alone", handler[0], handler[1], SMALL, 1.15);

        int largeRounds = Math.max(1, Math.min(rounds, 3));
        long[] xLarge = new long[largeRounds];
        long[] rLarge = new long[largeRounds];
        long xPeak = 0;
        long rPeak = 0;
        for (int i = -1; i < largeRounds; i++) {
            HeapPeak peak = HeapPeak.start();
            long x = bench.crosscheck(dir.resolve("large.yaml"));
            xPeak = Math.max(xPeak, peak.stop());
            peak = HeapPeak.start();
            long r = bench.rawLarge();
            rPeak = Math.max(rPeak, peak.stop());
            if (i >= 0) {
                xLarge[i] = x;
                rLarge[i] = r;
            }
        }
        report("count 1,000,000 rows", Medians.of(xLarge), Medians.of(rLarge), 0, 1.3);
        System.out.printf("  heap peak above the start: crosscheck %d MB, raw JDBC %d MB (young garbage included)%n",
                xPeak >> 20, rPeak >> 20);
    }

    private Path project() throws Exception {
        Path dir = Files.createTempDirectory("sql-bench");
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  bench:
                    sql:
                      bench: { url: "%s", user: "%s", password: "%s" }
                """.formatted(url, pg.user(), pg.password()));
        StringBuilder small = new StringBuilder("scenario: 1000 small queries\nsteps:\n");
        for (int i = 1; i <= SMALL; i++) {
            small.append("  - query:\n      sql: ").append(SMALL_SQL).append("${").append(i)
                    .append("}\n    expect:\n      count: 1\n");
        }
        Files.writeString(dir.resolve("small.yaml"), small);
        Files.writeString(dir.resolve("large.yaml"), """
                scenario: a million rows
                steps:
                  - query:
                      sql: %s
                    expect:
                      count: 1000000
                """.formatted(LARGE_SQL));
        return dir;
    }

    /** Wall time of the run itself (after loading and validation), in nanoseconds. */
    private long crosscheck(Path scenario) {
        Crosscheck prepared = Crosscheck.prepare(RunOptions.of(scenario));
        long start = System.nanoTime();
        RunResult result = prepared.run();
        long took = System.nanoTime() - start;
        if (!result.passed()) throw new IllegalStateException("the benchmark scenario failed: " + result.scenarios());
        return took;
    }

    /** The same pool settings as a crosscheck datasource (see DatasourceSettings' defaults). */
    private HikariDataSource pool() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername(pg.user());
        c.setPassword(pg.password());
        c.setMaximumPoolSize(10);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(5_000);
        c.addDataSourceProperty("stringtype", "unspecified");
        return new HikariDataSource(c);
    }

    private long rawSmall() throws Exception {
        long start = System.nanoTime();
        try (HikariDataSource ds = pool()) {
            for (int i = 1; i <= SMALL; i++) rawQuery(ds, i);
        }
        return System.nanoTime() - start;
    }

    /** What a hand-written JDBC loop does for one query: rows as maps, checked for one row. */
    private static void rawQuery(HikariDataSource ds, long id) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(SMALL_SQL + "?")) {
            ps.setLong(1, id);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int col = 1; col <= md.getColumnCount(); col++) row.put(md.getColumnLabel(col), rs.getObject(col));
                    rows.add(row);
                }
            }
            if (rows.size() != 1) throw new IllegalStateException("expected 1 row, got " + rows.size());
        }
    }

    private long rawLarge() throws Exception {
        long start = System.nanoTime();
        try (HikariDataSource ds = pool(); Connection c = ds.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement(LARGE_SQL)) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) n++;
                }
            }
            c.commit();
            if (n != LARGE) throw new IllegalStateException("expected " + LARGE + " rows, got " + n);
        }
        return System.nanoTime() - start;
    }

    /** The handler and raw JDBC, one query each in turn; the medians of the rounds' totals. */
    private long[] handlerAgainstRaw(int rounds) throws Exception {
        SqlQueryHandler handler = new SqlQueryHandler();
        long[] h = new long[rounds];
        long[] r = new long[rounds];
        // the handler binds ${i} through the engine's expressions, as in a run
        try (HikariDataSource raw = pool(); FakeStepContext ctx = FakeStepContext.create()
                .connection("sql", "bench", Map.of("url", url, "user", pg.user(), "password", pg.password()))) {
            for (int round = -2; round < rounds; round++) {
                long ht = 0;
                long rt = 0;
                for (int i = 1; i <= SMALL; i++) {
                    SqlQuery query = new SqlQuery(SMALL_SQL + "${" + i + "}", "bench", SqlQuery.DEFAULT_MAX_ROWS,
                            SqlQuery.DEFAULT_FETCH_SIZE, Position.UNKNOWN, Position.UNKNOWN);
                    long t0 = System.nanoTime();
                    StepResult result = handler.execute(query, ctx);
                    long t1 = System.nanoTime();
                    rawQuery(raw, i);
                    long t2 = System.nanoTime();
                    if (!Long.valueOf(1).equals(result.value().get("count"))) throw new IllegalStateException("no row " + i);
                    ht += t1 - t0;
                    rt += t2 - t1;
                }
                if (round >= 0) {
                    h[round] = ht;
                    r[round] = rt;
                }
            }
        }
        return new long[] {Medians.of(h), Medians.of(r)};
    }

    private static void report(String what, long crosscheck, long raw, int perQuery, double target) {
        double ratio = (double) crosscheck / raw;
        System.out.printf("%-22s crosscheck %7.1f ms   raw JDBC %7.1f ms   ratio %.2f (target <= %.2f)%s%n", what,
                crosscheck / 1e6, raw / 1e6, ratio, target,
                perQuery > 0 ? String.format("   %.0f vs %.0f us per query", crosscheck / 1e3 / perQuery, raw / 1e3 / perQuery) : "");
    }

    /** Samples the used heap every few milliseconds; {@link #stop()} gives the peak above the start. */
    private static final class HeapPeak implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final long base;
        private volatile boolean running = true;
        private final Thread thread;

        private HeapPeak() {
            System.gc();
            base = memory.getHeapMemoryUsage().getUsed();
            thread = new Thread(this, "heap-peak");
            thread.setDaemon(true);
            thread.start();
        }

        static HeapPeak start() {
            return new HeapPeak();
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return Math.max(0, peak.get() - base);
        }
    }
}
