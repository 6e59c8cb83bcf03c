package io.crosscheck.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One service's own database: an H2 database in memory (alive until {@link #close()}), created from the script
 * {@code <name>.sql} beside this class. The service uses it in-process; scenarios reach it through the
 * H2 TCP server by {@link #url()}. Column names are lower case, as the scripts write them.
 */
final class ServiceDatabase implements AutoCloseable {
    static final String USER = "demo";
    static final String PASSWORD = "demo";

    private final String name;
    private final String url;
    private final JdbcConnectionPool pool;

    private ServiceDatabase(String name, String url, JdbcConnectionPool pool) {
        this.name = name;
        this.url = url;
        this.pool = pool;
    }

    /** Creates the database {@code mem:<memName>} and runs the script {@code <script>.sql}. */
    static ServiceDatabase create(String script, String memName, int tcpPort) throws SQLException {
        String settings = ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + memName + settings + ";DB_CLOSE_DELAY=-1",
                USER, PASSWORD);
        pool.setMaxConnections(8);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(read(script + ".sql"));
        }
        return new ServiceDatabase(memName, "jdbc:h2:tcp://127.0.0.1:" + tcpPort + "/mem:" + memName, pool);
    }

    /** The JDBC URL for clients outside the service (scenarios, other processes). */
    String url() {
        return url;
    }

    String name() {
        return name;
    }

    Connection connect() throws SQLException {
        return pool.getConnection();
    }

    private static String read(String resource) {
        try (InputStream in = ServiceDatabase.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing schema script " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN"); // drops the in-memory database
        } catch (SQLException ignored) {
            // already gone
        }
        pool.dispose();
    }
}
