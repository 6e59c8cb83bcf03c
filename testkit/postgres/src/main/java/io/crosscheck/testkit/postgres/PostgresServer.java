package io.crosscheck.testkit.postgres;

import io.crosscheck.testkit.server.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A real PostgreSQL server on 127.0.0.1 (binaries from Maven Central, unpacked once into the temp folder; data
 * under {@code target/}). {@link #shared()} is the one server of the test JVM; {@link #startNew(String)} starts
 * an extra instance the caller owns and may stop, e.g. to see how a run copes with a database that went away.
 * When {@code CROSSCHECK_TEST_JDBC_URL} is set, {@link #shared()} is that server instead (with
 * {@code CROSSCHECK_TEST_JDBC_USER} / {@code CROSSCHECK_TEST_JDBC_PASSWORD}).
 */
public final class PostgresServer implements AutoCloseable {
    private static final String USER = "postgres";
    /** The server of this test JVM: the embedded one, or the one {@code CROSSCHECK_TEST_JDBC_URL} names. */
    static final TestServer<PostgresServer> SHARED = new TestServer<>("PostgreSQL", PostgresServer.class, () -> {
        String external = System.getenv("CROSSCHECK_TEST_JDBC_URL");
        return external != null && !external.isBlank()
                ? new PostgresServer(null, external, envOr("CROSSCHECK_TEST_JDBC_USER", USER),
                        envOr("CROSSCHECK_TEST_JDBC_PASSWORD", ""), -1)
                : startNew("shared");
    });

    private final EmbeddedPostgres embedded;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int port;

    private PostgresServer(EmbeddedPostgres embedded, String jdbcUrl, String user, String password, int port) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.port = port;
    }

    /** The server of this test JVM, started on first use and stopped when the test run ends or the JVM exits. */
    public static PostgresServer shared() {
        return SHARED.get();
    }

    /** Starts a separate server that the caller owns; {@link #close()} stops it. */
    public static PostgresServer startNew(String name) {
        Path data = Path.of("target", "postgres", name + "-" + ProcessHandle.current().pid()).toAbsolutePath();
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "60")
                    .start();
            int port = pg.getPort();
            return new PostgresServer(pg, url(port, "postgres"), USER, "", port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL (data in " + data + ")", e);
        }
    }

    /** JDBC URL of the {@code postgres} database. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** JDBC URL of another database of this server (see {@link #createDatabase(String)}). */
    public String jdbcUrl(String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** The TCP port; -1 for a server given by {@code CROSSCHECK_TEST_JDBC_URL}. */
    public int port() {
        return port;
    }

    /** Creates (or re-creates, empty) a database and returns its JDBC URL: one per test class keeps tests apart. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a lower-case SQL identifier: " + name);
        }
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute("CREATE DATABASE " + name);
        return jdbcUrl(name);
    }

    /** Runs SQL (statements separated by ';') on the {@code postgres} database. */
    public void execute(String sql) {
        executeIn(jdbcUrl, sql);
    }

    /** Runs SQL (statements separated by ';') on the database at {@code url}. */
    public void executeIn(String url, String sql) {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** A plain JDBC connection to the database at {@code url} (autocommit on). */
    public Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return DriverManager.getConnection(url, props);
    }

    /** Stops the server (a no-op for an external one); its port is then closed. */
    @Override
    public void close() {
        if (embedded == null) return;
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL at " + jdbcUrl;
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
