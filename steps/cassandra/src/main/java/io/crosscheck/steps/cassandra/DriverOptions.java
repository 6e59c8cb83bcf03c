package io.crosscheck.steps.cassandra;

import com.datastax.dse.driver.api.core.config.DseDriverOption;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.DriverOption;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The driver configuration of one cluster: crosscheck's defaults, then the user's option paths, through the
 * driver's programmatic config loader. A path the driver does not know is refused with the closest known one.
 */
final class DriverOptions {
    private static final Set<String> KNOWN = known();

    private DriverOptions() {
    }

    static DriverConfigLoader loader(ClusterSettings settings) {
        ProgrammaticDriverConfigLoaderBuilder builder = DriverConfigLoader.programmaticBuilder(DriverOptions.class.getClassLoader())
                // a session closes in milliseconds instead of netty's default 2s quiet period
                .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
                .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
                // requests get the step's remaining time; this covers prepares and DDL on a loaded node
                .withString(DefaultDriverOption.REQUEST_TIMEOUT, "30s")
                // server warnings are returned in the step's result instead of the log
                .withBoolean(DefaultDriverOption.REQUEST_LOG_WARNINGS, false);
        if (settings.localDatacenter() == null) {
            builder = builder.withString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, "DcInferringLoadBalancingPolicy");
        }
        for (Map.Entry<String, Object> option : settings.driverOptions().entrySet()) {
            builder = set(builder, settings.name(), option.getKey(), option.getValue());
        }
        return builder.build();
    }

    private static ProgrammaticDriverConfigLoaderBuilder set(ProgrammaticDriverConfigLoaderBuilder builder,
                                                           String cluster, String path, Object value) {
        if (!KNOWN.contains(path) && !path.startsWith("profiles.")) {
            throw new IllegalArgumentException("cassandra cluster '" + cluster + "': unknown key '" + path + "'"
                    + closest(path).map(s -> " (did you mean '" + s + "'?)").orElse("")
                    + "; keys are contactPoints, localDatacenter, keyspace, username, password or a driver option"
                    + " such as basic.request.timeout");
        }
        DriverOption option = () -> path;
        if (value == null) {
            return builder.without(option);
        }
        if (value instanceof Boolean b) {
            return builder.withBoolean(option, b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return builder.withLong(option, ((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return builder.withDouble(option, n.doubleValue());
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(String.valueOf(v)));
            return builder.withStringList(option, items);
        }
        return builder.withString(option, value.toString());
    }

    private static java.util.Optional<String> closest(String path) {
        return KNOWN.stream()
                .min(Comparator.comparingInt(k -> distance(path, k)))
                .filter(k -> distance(path, k) <= Math.max(2, path.length() / 4));
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Set<String> known() {
        Set<String> paths = new TreeSet<>();
        Stream.of(DefaultDriverOption.values()).forEach(o -> paths.add(o.getPath()));
        Stream.of(DseDriverOption.values()).forEach(o -> paths.add(o.getPath()));
        return paths;
    }
}
