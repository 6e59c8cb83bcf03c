package io.crosscheck.steps.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.crosscheck.engine.spi.step.ConnectionConfig;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** The run-wide HikariCP pool of one datasource; the engine closes it at the end of the run. */
final class SqlPool implements AutoCloseable {
    private final String name;
    private final String url;
    private final HikariDataSource dataSource;
    private final boolean streamsInTransactionOnly;
    private final StatementWatchdog watchdog;

    private SqlPool(String name, String url, HikariDataSource dataSource) {
        this.name = name;
        this.url = url;
        this.dataSource = dataSource;
        // PostgreSQL honours the fetch size only inside a transaction; otherwise it reads the whole result first
        this.streamsInTransactionOnly = url.startsWith("jdbc:postgresql:");
        this.watchdog = new StatementWatchdog(name);
    }

    static SqlPool open(ConnectionConfig config) throws Exception {
        DatasourceSettings s = DatasourceSettings.from(config);
        HikariConfig hikari = new HikariConfig(s.pool());
        hikari.setPoolName("crosscheck-sql-" + s.name());
        hikari.setMaximumPoolSize(s.poolSize());
        hikari.setDataSource(new DriverDataSource(DriverLocator.find(s.url(), s.driverClassName()), s.url(), s.driver()));
        try {
            return new SqlPool(s.name(), s.url(), new HikariDataSource(hikari));
        } catch (HikariPool.PoolInitializationException e) {
            throw new SqlConnectionException("cannot connect to datasource '" + s.name() + "' (" + s.url() + "): "
                    + SqlConnectionException.rootMessage(e), e);
        }
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    boolean streamsInTransactionOnly() {
        return streamsInTransactionOnly;
    }

    Connection connection() throws SqlConnectionException {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            String why = e instanceof SQLTransientConnectionException && e.getCause() != null
                    ? SqlConnectionException.rootMessage(e.getCause())
                    : SqlConnectionException.rootMessage(e);
            throw new SqlConnectionException("no connection to datasource '" + name + "' (" + url + ") within "
                    + dataSource.getConnectionTimeout() + "ms: " + why, e);
        }
    }

    StatementWatchdog watchdog() {
        return watchdog;
    }

    /** For benchmarks and tests: the pool itself. */
    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        watchdog.close();
        dataSource.close();
    }
}
