package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A secret is masked in every encoding it travels in: percent-encoded, JSON-escaped, or as a JSON number. */
class SecretEncodingsTest {
    private final Secrets secrets = new Secrets(Map.of("PASSWORD", "p@ss w/rd", "QUOTED", "a\"b\\c/é", "PIN", "48151623"));

    @Test
    void aSecretIsMaskedPercentEncodedInAUrl() {
        secrets.secret("PASSWORD");
        assertThat(secrets.mask("https://h/login?pw=p%40ss%20w%2Frd&x=1")).isEqualTo("https://h/login?pw=****&x=1");
        assertThat(secrets.mask("pw=p%40ss+w%2Frd")).isEqualTo("pw=****");
        assertThat(secrets.mask("pw=p%40ss%20w%2frd")).isEqualTo("pw=****");
        assertThat(secrets.mask("pw=p@ss%20w/rd")).isEqualTo("pw=****"); // encoders differ in what they escape
        assertThat(secrets.mask("pw=" + URLEncoder.encode("p@ss w/rd", StandardCharsets.UTF_8))).isEqualTo("pw=****");
        assertThat(secrets.mask("pw=p@ss w/rd")).isEqualTo("pw=****");
    }

    @Test
    void aSecretIsMaskedJsonEscapedInABody() throws Exception {
        String secret = secrets.secret("QUOTED");
        String json = new ObjectMapper().writeValueAsString(Map.of("password", secret));
        assertThat(json).contains("a\\\"b\\\\c");
        assertThat(secrets.mask(json)).isEqualTo("{\"password\":\"****\"}");
        assertThat(secrets.mask("{\"password\":\"a\\\"b\\\\c\\/\\u00e9\"}")).isEqualTo("{\"password\":\"****\"}");
        assertThat(secrets.mask("q=a%22b%5Cc%2F%C3%A9")).isEqualTo("q=****");
    }

    @Test
    void aDigitsOnlySecretIsMaskedWhenItComesBackAsANumber() {
        secrets.secret("PIN");
        Object masked = secrets.maskDeep(Map.of("body", Map.of("pin", 48151623L, "other", 7, "big", new BigDecimal("48151623.0")),
                "rows", List.of(48151623)));
        assertThat(masked).isEqualTo(Map.of("body", Map.of("pin", "****", "other", 7, "big", "****"), "rows", List.of("****")));
        assertThat(secrets.maskDeep(48151623)).isEqualTo("****");
        assertThat(secrets.maskDeep(4815162.3)).isEqualTo(4815162.3);
        assertThat(secrets.mask("expected 1, was 48151623")).isEqualTo("expected 1, was ****");
    }

    @Test
    void textWithoutTheSecretIsUnchanged() {
        secrets.secret("PASSWORD");
        assertThat(secrets.mask("p@ss word, p%40ss")).isEqualTo("p@ss word, p%40ss");
    }
}
