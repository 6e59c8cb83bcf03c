package io.crosscheck.steps.sql;

import com.zaxxer.hikari.HikariConfig;
import io.crosscheck.engine.spi.step.ConnectionConfig;
import io.crosscheck.engine.spi.step.OtherKeys;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One datasource of the environment's {@code sql:} section ({@link Datasource}), split into what HikariCP and the JDBC
 * driver each get: {@code url}, {@code user}, {@code password}, {@code poolSize} and {@code driverClassName} are ours;
 * a key that names a HikariCP setting ({@code connectionTimeout}, {@code minimumIdle}, ...) goes to the pool; a key
 * prefixed {@code dataSource.} goes to the driver ({@code dataSource.sslmode}, ...). Any other key is a mistake, named.
 */
record DatasourceSettings(String name, String url, String driverClassName, int poolSize, Properties pool,
                          Properties driver) {

    static final int DEFAULT_POOL_SIZE = 10;
    static final long DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
    /** The keys {@link Datasource} names itself; HikariCP's settings of the same names are ours. */
    static final Set<String> OURS = Arrays.stream(Datasource.class.getRecordComponents())
            .filter(c -> !c.isAnnotationPresent(OtherKeys.class)).map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());
    private static final String DRIVER_PREFIX = "dataSource.";
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    static DatasourceSettings from(ConnectionConfig config) {
        Datasource d = config.bind(Datasource.class);
        Object url = or(d.url(), d.jdbcUrl());
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException("datasource '" + config.name() + "' has no url: add e.g."
                    + " url: jdbc:postgresql://127.0.0.1:5432/app under environments.<env>.sql." + config.name());
        }
        Properties pool = new Properties();
        Properties driver = new Properties();
        Object user = or(d.user(), d.username());
        if (user != null) driver.setProperty("user", user.toString());
        if (d.password() != null) driver.setProperty("password", d.password().toString());
        d.pool().forEach((key, value) -> {
            if (value != null) pool.setProperty(key, isMillis(key) ? String.valueOf(millis(key, value.toString())) : value.toString());
        });
        d.driver().forEach((key, value) -> {
            if (value != null) driver.setProperty(key.substring(DRIVER_PREFIX.length()), value.toString());
        });
        if (url.toString().startsWith("jdbc:postgresql:") && !driver.containsKey("stringtype")) {
            // text parameters are typed by the server from their use: `id = ${id}` works for an int or uuid column
            driver.setProperty("stringtype", "unspecified");
        }
        pool.putIfAbsent("connectionTimeout", String.valueOf(DEFAULT_CONNECTION_TIMEOUT_MS));
        pool.putIfAbsent("minimumIdle", "1");
        Object size = or(d.poolSize(), d.maximumPoolSize());
        int poolSize = size == null ? DEFAULT_POOL_SIZE : wholeNumber(config.name(), "poolSize", size);
        return new DatasourceSettings(config.name(), url.toString(),
                d.driverClassName() == null ? null : d.driverClassName().toString(), poolSize, pool, driver);
    }

    private static Object or(Object value, Object alias) {
        return value != null ? value : alias;
    }

    private static int wholeNumber(String datasource, String key, Object value) {
        try {
            int n = Integer.parseInt(value.toString().strip());
            if (n >= 1) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("datasource '" + datasource + "': " + key + " must be a whole number of 1 or"
                + " more, got '" + value + "'");
    }

    /** Names of HikariConfig's simple settings (a setter of one String, int, long or boolean). */
    static Set<String> hikariProperties() {
        Set<String> names = new TreeSet<>();
        for (Method m : HikariConfig.class.getMethods()) {
            if (!m.getName().startsWith("set") || m.getParameterCount() != 1 || Modifier.isStatic(m.getModifiers())) continue;
            Class<?> t = m.getParameterTypes()[0];
            if (t == String.class || t == int.class || t == long.class || t == boolean.class) {
                String n = m.getName().substring(3);
                names.add(Character.toLowerCase(n.charAt(0)) + n.substring(1));
            }
        }
        names.removeAll(OURS);
        names.remove("dataSourceClassName");
        names.remove("dataSourceJNDI");
        return names;
    }

    private static boolean isMillis(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.endsWith("timeout") || k.endsWith("lifetime") || k.endsWith("time") || k.endsWith("threshold");
    }

    /** Milliseconds from a number (taken as ms) or a duration such as 250ms, 5s, 2m. */
    private static long millis(String key, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.matches("-?\\d+")) return Long.parseLong(v);
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException(key + ": bad duration '" + value + "' (write e.g. 500ms, 5s, 2m)");
        }
        double n = Double.parseDouble(m.group(1));
        long unit = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        return Math.round(n * unit);
    }
}
