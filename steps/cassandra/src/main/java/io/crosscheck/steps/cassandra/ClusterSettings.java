package io.crosscheck.steps.cassandra;

import io.crosscheck.engine.spi.step.ConnectionConfig;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cluster of the environment's {@code cassandra:} section ({@link ClusterConfig}): contact points, local datacenter, keyspace,
 * credentials, and every other key as a driver option path ({@code basic.request.timeout: 30s}, or nested maps).
 */
record ClusterSettings(String name, List<InetSocketAddress> contactPoints, String localDatacenter, String keyspace,
                       String username, String password, Map<String, Object> driverOptions) {
    static final int DEFAULT_PORT = 9042;

    static ClusterSettings from(ConnectionConfig config) {
        ClusterConfig c = config.bind(ClusterConfig.class);
        String name = config.name();
        List<InetSocketAddress> contactPoints = contactPoints(name, c.contactPoints());
        String username = text(c.username());
        String password = text(c.password());
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("cassandra cluster '" + name + "': username and password go together");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        c.driverOptions().forEach((key, value) -> flatten(key, value, options));
        return new ClusterSettings(name, contactPoints, text(c.localDatacenter()), text(c.keyspace()), username, password,
                options);
    }

    String describeContactPoints() {
        return String.join(", ", contactPoints.stream().map(ClusterSettings::describe).toList());
    }

    static String describe(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    private static List<InetSocketAddress> contactPoints(String cluster, Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> texts.add(String.valueOf(v)));
        } else if (value != null) {
            for (String part : value.toString().split(",")) {
                texts.add(part);
            }
        }
        List<InetSocketAddress> out = new ArrayList<>();
        for (String text : texts) {
            if (!text.isBlank()) {
                out.add(address(text.trim()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("cassandra cluster '" + cluster + "' needs contactPoints, e.g. [127.0.0.1:9042]");
        }
        return out;
    }

    /** {@code host}, {@code host:port}, {@code [v6]:port}. */
    static InetSocketAddress address(String text) {
        String host = text;
        int port = DEFAULT_PORT;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            host = text.substring(1, close);
            if (text.length() > close + 1 && text.charAt(close + 1) == ':') {
                port = Integer.parseInt(text.substring(close + 2));
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = Integer.parseInt(text.substring(text.indexOf(':') + 1));
        }
        // an IP literal needs no lookup; a host name is resolved by the driver when it connects
        return host.matches("[0-9.]+|.*:.*") ? new InetSocketAddress(host, port) : InetSocketAddress.createUnresolved(host, port);
    }

    private static void flatten(String path, Object value, Map<String, Object> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(path + "." + k, v, out));
        } else {
            out.put(path, value);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
