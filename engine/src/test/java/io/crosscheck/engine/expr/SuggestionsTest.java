package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosePlausibleTypo() {
        assertThat(Suggestions.closest("topc", List.of("topic", "key", "value"))).contains("topic");
        assertThat(Suggestions.closest("gtt", List.of("gt", "gte", "lt"))).contains("gt");
        assertThat(Suggestions.closest("Topic", List.of("topic"))).contains("topic");
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertThat(Suggestions.closest("id", List.of("ne", "eq"))).isEmpty();
        assertThat(Suggestions.closest("datasource", List.of("topic", "cluster"))).isEmpty();
        assertThat(Suggestions.closest("xyz", List.of())).isEmpty();
    }
}
