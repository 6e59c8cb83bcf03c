package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.spi.step.Doc;
import java.util.Map;

/**
 * The environment's {@code http:} settings, shared by every call; a call's own keys replace them. The module's build
 * writes the section's schema from this record; {@link RequestSpec}, {@link ClientOptions} and {@link BodyLimit}
 * read the rendered map.
 */
@Doc("Settings of the call verb.")
record HttpSettings(
        @Doc(value = "Relative call urls are resolved against it.", shape = "scalar", examples = "http://127.0.0.1:8081")
        String baseUrl,
        @Doc(value = "Headers sent with every call; a call's headers replace them, a call's null value leaves one out.",
                examples = "{\"X-Test\": \"crosscheck\"}")
        Map<String, Object> headers,
        @Default("true")
        @Doc(value = "Whether calls follow redirects; default true.", shape = "booleanOrTemplate", examples = "false")
        Object followRedirects,
        @Default("16MB")
        @Doc(value = "How much of a response body is kept in memory and in reports (1 B to 1 GB; 1 KB = 1024 B); the rest "
                + "is not read and the result says truncated: true. Default 16MB; a call's maxBodySize overrides it.",
                shape = "sizeOrTemplate", examples = "16MB")
        String maxBodySize,
        @Doc(value = "Authorization for every call: { basic: { user, password } } or { bearer: TOKEN }; a call's auth or "
                + "Authorization header replaces it.",
                examples = "{\"basic\": {\"user\": \"qa\", \"password\": \"${secret('API_PASSWORD')}\"}}")
        CallAuth auth,
        @Doc(value = "TLS of every HTTPS call (a call's tls replaces it): { insecure: true }, or ca, cert and key PEM "
                + "files relative to this file's folder.", examples = "{\"ca\": \"certs/ca.pem\"}")
        CallTls tls,
        @Doc(value = "An HTTP proxy for every call: http://[user:password@]host:port (HTTPS goes through it with CONNECT).",
                examples = "http://proxy.internal:3128")
        String proxy,
        @Doc(value = "A limit for every call's whole exchange; a call's timeout replaces it; the step's timeout still applies.",
                shape = "duration", examples = "10s")
        String timeout) {
}
