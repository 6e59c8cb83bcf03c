package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Calls share a client exactly when their options are equal; equals and hashCode are written out, so each is checked. */
class ClientOptionsTest {
    private static final Path CA = Path.of("/certs/ca.pem");
    private static final Path CERT = Path.of("/certs/client.pem");
    private static final Path KEY = Path.of("/certs/client.key");

    @Test
    void optionsAreEqualWhenEveryComponentIs() {
        ClientOptions a = new ClientOptions(true, new TlsOptions(false, CA, CERT, KEY), "http://proxy:3128");
        ClientOptions b = new ClientOptions(true, new TlsOptions(false, CA, CERT, KEY), "http://proxy:3128");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(new ClientOptions(true, TlsOptions.NONE, null)).isEqualTo(new ClientOptions(true, TlsOptions.NONE, null));
        assertThat(new TlsOptions(false, null, null, null).isDefault()).isTrue();
    }

    @Test
    void anyComponentThatDiffersMakesThemDiffer() {
        TlsOptions tls = new TlsOptions(false, CA, CERT, KEY);
        ClientOptions a = new ClientOptions(true, tls, "http://proxy:3128");

        assertThat(a).isNotEqualTo(new ClientOptions(false, tls, "http://proxy:3128"))
                .isNotEqualTo(new ClientOptions(true, TlsOptions.NONE, "http://proxy:3128"))
                .isNotEqualTo(new ClientOptions(true, tls, null))
                .isNotEqualTo(null)
                .isNotEqualTo("options");
        assertThat(tls).isNotEqualTo(new TlsOptions(true, CA, CERT, KEY))
                .isNotEqualTo(new TlsOptions(false, null, CERT, KEY))
                .isNotEqualTo(new TlsOptions(false, CA, null, KEY))
                .isNotEqualTo(new TlsOptions(false, CA, CERT, null));
    }

    @Test
    void equalsComparesEveryComponentTheRecordsHave() {
        assertThat(ClientOptions.class.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("followRedirects", "tls", "proxy");
        assertThat(TlsOptions.class.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("insecure", "ca", "cert", "key");
    }
}
