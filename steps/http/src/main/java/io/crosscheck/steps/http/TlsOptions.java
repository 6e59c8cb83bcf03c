package io.crosscheck.steps.http;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code tls:} of a call or of the environment's {@code http:}. {@code insecure}: any server certificate and host
 * name is accepted (self-signed test environments); {@code ca}: PEM certificates trusted besides the platform's;
 * {@code cert} and {@code key}: the client certificate (PEM, its chain may follow) and its PKCS#8 private key for
 * mutual TLS. Paths are resolved, so equal options share one client.
 */
record TlsOptions(boolean insecure, Path ca, Path cert, Path key) {
    static final TlsOptions NONE = new TlsOptions(false, null, null, null);
    private static final Set<String> KEYS = Set.of("insecure", "ca", "cert", "key");

    static TlsOptions of(Object rendered, Function<String, Path> resolve, String where) {
        if (rendered == null) return NONE;
        if (!(rendered instanceof Map<?, ?> tls)) throw new IllegalArgumentException(where + " takes { insecure } or { ca, cert, key }");
        for (Object k : tls.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) throw new IllegalArgumentException(where + ": unknown key '" + k + "'");
        }
        Object insecure = tls.get("insecure");
        TlsOptions options = new TlsOptions(insecure != null && Boolean.parseBoolean(String.valueOf(insecure).trim()),
                path(tls.get("ca"), resolve), path(tls.get("cert"), resolve), path(tls.get("key"), resolve));
        if ((options.cert == null) != (options.key == null)) throw new IllegalArgumentException(where + " needs cert and key together");
        return options;
    }

    /** Written out for the reason given in {@link ClientOptions}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TlsOptions other && insecure == other.insecure && Objects.equals(ca, other.ca)
                && Objects.equals(cert, other.cert) && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(insecure, ca, cert, key);
    }

    boolean isDefault() {
        return equals(NONE);
    }

    private static Path path(Object value, Function<String, Path> resolve) {
        return value == null ? null : resolve.apply(String.valueOf(value));
    }
}
