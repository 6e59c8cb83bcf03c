package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Together;
import java.util.LinkedHashMap;
import java.util.Map;

/** A call's {@code tls}; {@link TlsOptions} resolves it, as the environment's {@code http.tls}. */
@Doc(value = "TLS of HTTPS calls: { insecure: true } accepts any server certificate and host name; ca trusts PEM "
        + "certificates besides the platform's; cert and key (PEM, PKCS#8 key) are the client certificate for mutual TLS. "
        + "Paths are relative to the file that names them.",
        examples = {"{\"insecure\": true}", "{\"ca\": \"certs/ca.pem\", \"cert\": \"certs/client.pem\", \"key\": \"certs/client-key.pem\"}"})
@Together(value = "cert key", says = "tls needs cert and key together (a client certificate and its private key, PEM)")
record CallTls(
        @Doc(value = "Accept any server certificate and host name (self-signed test environments).",
                shape = "booleanOrTemplate", examples = "true")
        Object insecure,
        @Doc(value = "PEM file of certificates to trust (one or a bundle).", examples = "certs/ca.pem") String ca,
        @Doc(value = "PEM file of the client certificate (its chain may follow); needs key.", examples = "certs/client.pem")
        String cert,
        @Doc(value = "PEM file of the client certificate's private key (PKCS#8: BEGIN PRIVATE KEY); needs cert.",
                examples = "certs/client-key.pem")
        String key) {

    /** The map {@link TlsOptions#of} reads, as the environment's {@code http.tls} is written. */
    Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (insecure != null) out.put("insecure", insecure);
        if (ca != null) out.put("ca", ca);
        if (cert != null) out.put("cert", cert);
        if (key != null) out.put("key", key);
        return out;
    }
}
