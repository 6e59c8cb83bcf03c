package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.ConnectionConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * One named Solr of the environment and its SolrJ client, shared by every step of a run and closed at its end.
 * Its properties are {@link SolrConfig}'s.
 */
record SolrConnection(String name, String url, SolrClient client) implements AutoCloseable {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    static SolrConnection open(ConnectionConfig config) {
        SolrConfig c = config.bind(SolrConfig.class);
        if (c.url().toString().isBlank()) {
            throw new IllegalArgumentException("solr connection '" + config.name() + "' needs a url, e.g. http://127.0.0.1:8983/solr");
        }
        String base = c.url().toString().replaceAll("/+$", "");
        HttpJdkSolrClient.Builder builder = new HttpJdkSolrClient.Builder(base)
                .useHttp1_1(true) // plain-HTTP h2c upgrades cost the JDK client an extra request per update
                .withConnectionTimeout(millis(c.connectTimeout(), "connectTimeout", Duration.ofSeconds(5)), TimeUnit.MILLISECONDS)
                .withRequestTimeout(millis(c.requestTimeout(), "requestTimeout", Duration.ofSeconds(60)), TimeUnit.MILLISECONDS);
        if (c.user() != null) {
            builder.withBasicAuthCredentials(c.user().toString(), String.valueOf(c.password()));
        }
        return new SolrConnection(config.name(), base, builder.build());
    }

    private static long millis(Object v, String key, Duration fallback) {
        if (v == null) return fallback.toMillis();
        if (v instanceof Number n) return Math.round(n.doubleValue() * 1000);
        Matcher m = DURATION.matcher(v.toString().trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new IllegalArgumentException("bad duration '" + v + "' for " + key + ": write e.g. 500ms, 5s, 1m");
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            default -> n * 1000;
        };
    }

    /** The display form of the connection for messages: {@code 'logs' at http://...}. */
    String describe() {
        return "'" + name + "' at " + url;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
