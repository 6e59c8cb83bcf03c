package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.OtherKeys;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One datasource of the environment's {@code sql:} section as crosscheck.yaml writes it: the module's build writes
 * the section's schema from this record, and {@link DatasourceSettings} binds each datasource onto it.
 */
@Doc(title = "a JDBC datasource",
        value = "One JDBC datasource. url, user, password, poolSize and driverClassName are crosscheck's; a HikariCP setting"
                + " (connectionTimeout, minimumIdle, ...) goes to the pool; a driver property is written with the prefix"
                + " dataSource. (dataSource.sslmode, dataSource.ApplicationName). Any other key is a mistake.",
        examples = "{\"url\": \"jdbc:postgresql://127.0.0.1/billing\", \"user\": \"app\", \"password\": \"${secret('PG_PASSWORD')}\"}")
record Datasource(
        @Doc(value = "The JDBC url (jdbcUrl also works).", shape = "scalar", examples = "jdbc:postgresql://127.0.0.1:5432/billing")
        Object url,
        @Doc(value = "Same as url.", shape = "scalar")
        Object jdbcUrl,
        @Doc(value = "Database user (username also works).", shape = "scalar")
        Object user,
        @Doc(value = "Same as user.", shape = "scalar")
        Object username,
        @Doc(value = "Database password; use ${secret('NAME')}.", shape = "scalar", examples = "${secret('PG_PASSWORD')}")
        Object password,
        @Doc(value = "Connections in the pool (default 10).", shape = "scalar")
        Object poolSize,
        @Doc(value = "Same as poolSize.", shape = "scalar")
        Object maximumPoolSize,
        @Doc(value = "The JDBC driver class, when the url does not find one.", shape = "scalar")
        Object driverClassName,
        @OtherKeys(names = HikariSettings.class)
        @Doc(value = "The HikariCP setting of that name (durations as 5s, 250ms or milliseconds).", shape = "scalar")
        Map<String, Object> pool,
        @OtherKeys(pattern = "dataSource\\.")
        @Doc(value = "A property of the JDBC driver, e.g. dataSource.sslmode: require.", shape = "scalar")
        Map<String, Object> driver) {

    /** The keys HikariCP takes: {@link DatasourceSettings#hikariProperties()}. */
    static final class HikariSettings implements Supplier<Set<String>> {
        @Override
        public Set<String> get() {
            return DatasourceSettings.hikariProperties();
        }
    }
}
