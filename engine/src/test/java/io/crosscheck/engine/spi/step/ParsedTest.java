package io.crosscheck.engine.spi.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.engine.result.Position;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void aConfigAloneHasNoTimeoutNoConnectionsAndNoDescription() {
        Parsed<String> parsed = Parsed.of("cfg");
        assertThat(parsed.config()).isEqualTo("cfg");
        assertThat(parsed.timeout()).isNull();
        assertThat(parsed.connections()).isEmpty();
        assertThat(parsed.description()).isEmpty();
    }

    @Test
    void eachWitherSetsItsPartAndKeepsTheOthers() {
        ConnectionRef ref = new ConnectionRef("sql", "orders", new Position("a.yaml", 3, 7));
        Parsed<String> parsed = Parsed.of("cfg").withTimeout(Duration.ofSeconds(5))
                .withConnections(List.of(ref)).withDescription("SELECT 1");
        assertThat(parsed).isEqualTo(new Parsed<>("cfg", Duration.ofSeconds(5), List.of(ref), "SELECT 1"));
    }

    @Test
    void theConnectionsAreACopyTakenWhenParsed() {
        List<ConnectionRef> refs = new ArrayList<>();
        Parsed<String> parsed = Parsed.of("cfg").withConnections(refs);
        refs.add(new ConnectionRef("kafka", null, new Position("a.yaml", 1, 1)));
        assertThat(parsed.connections()).isEmpty();
    }

    @Test
    void anUnusableNodeIsNullNotAParsedWithoutConfig() {
        assertThatThrownBy(() -> Parsed.of(null)).isInstanceOf(NullPointerException.class).hasMessage("config");
    }
}
