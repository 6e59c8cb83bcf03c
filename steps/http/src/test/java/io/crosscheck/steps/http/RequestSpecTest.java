package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RequestSpecTest {
    @Test
    void theShownRequestKeysHeadersByTheirFirstSpellingKeepsARepeatedOnesValuesInOrderAndMasksCredentials() {
        Auth auth = new Auth("Bearer s3cret", "Bearer ****");
        Request sent = new Request.Builder().url("http://127.0.0.1/x")
                .addHeader("X-Tag", "a").addHeader("Accept", "application/json").addHeader("x-tag", "b")
                .addHeader("Authorization", "Bearer s3cret").build();

        Map<String, Object> shown = new RequestSpec(sent, null, auth).shown(sent);

        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) shown.get("headers");
        assertThat(headers.keySet()).containsExactly("Accept", "Authorization", "X-Tag");
        assertThat(headers.get("x-tag")).isEqualTo(List.of("a", "b"));
        assertThat(headers.get("Accept")).isEqualTo("application/json");
        assertThat(headers.get("Authorization")).isEqualTo("Bearer ****");
        assertThat(shown).containsEntry("method", "GET").containsEntry("url", "http://127.0.0.1/x");
    }
}
