package io.crosscheck.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.spi.step.Problems;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers and durations a step's record receives are the ones written, or a problem at their position. */
class RecordBinderTest {
    record Config(int count, long size, Duration every) {
    }

    private static List<String> problems(String yaml) {
        Problems problems = new Problems();
        ConfigNode node = new YamlLoader().load("s.yaml", yaml, problems).get(0);
        node.bind(Config.class, problems);
        return problems.list().stream().map(p -> p.position().line() + ":" + p.position().column() + " " + p.message()
                + (p.hint().isEmpty() ? "" : " | " + p.hint())).toList();
    }

    @Test
    void aNumberBeyondItsTypeIsRefusedNotCutToItsLowBits() {
        assertThat(problems("count: 4294967297\nsize: 99999999999999999999\n")).containsExactly(
                "1:8 number too large: 4294967297 | at most 2147483647",
                "2:7 number too large: 99999999999999999999 | at most 9223372036854775807");
    }

    @Test
    void anInfiniteNumberIsRefused() {
        assertThat(problems("size: 1.0e+400\nevery: 1.0e+400\n")).containsExactly(
                "1:7 number too large: 1.0e+400", "2:8 bad duration '1.0e+400' | write e.g. 250ms, 30s, 2m");
    }

    @Test
    void numbersInRangeAndSecondsAreKept() {
        Problems problems = new Problems();
        ConfigNode node = new YamlLoader().load("s.yaml", "count: -3\nsize: 9223372036854775807\nevery: 1.5\n", problems).get(0);
        assertThat(node.bind(Config.class, problems)).isEqualTo(new Config(-3, Long.MAX_VALUE, Duration.ofMillis(1500)));
        assertThat(problems.list()).extracting(Problem::message).isEmpty();
    }

    @Test
    void aRecordTypesComponentsAreReadOnceAndBindingTheSameTypeAgainGivesEqualValues() {
        assertThat(RecordShape.of(Config.class)).isSameAs(RecordShape.of(Config.class));
        assertThat(RecordShape.of(Config.class).components())
                .extracting(java.lang.reflect.RecordComponent::getName).containsExactly("count", "size", "every");
        Problems problems = new Problems();
        List<Config> bound = new YamlLoader().load("s.yaml", "- { count: 3, every: 2s }\n- { count: 3, every: 2s }\n", problems)
                .get(0).items().stream().map(n -> n.bind(Config.class, problems)).toList();
        assertThat(problems.list()).isEmpty();
        assertThat(bound).containsExactly(new Config(3, 0, Duration.ofSeconds(2)), new Config(3, 0, Duration.ofSeconds(2)));
    }
}
