package io.crosscheck.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.spi.step.Exclusive;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a config record's annotations make the binder do: bounds, defaults, positions, enums as written. */
class AnnotatedConfigTest {
    enum Level { LOCAL_ONE, QUORUM }

    enum From {
        SCENARIO_START, LATEST;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    record Wait(@Required String topic, @Range(min = 1) @Default("1") int count, @Range(min = 0, max = 9) Integer top,
                @Range(min = 1) Object repeat, Level level, @Default("scenario-start") From from,
                Position position, Position topicPosition, Position repeatPosition) {
    }

    @Exclusive(value = {"q rows", "add commit"}, says = "a step searches or changes, not both")
    record Search(String q, Integer rows, Object add, Boolean commit) {
    }

    private final Problems problems = new Problems();

    private Wait bind(String yaml) {
        ConfigNode node = new YamlLoader().load("s.yaml", yaml, problems).get(0);
        return node.bind(Wait.class, problems);
    }

    private List<String> said() {
        return problems.list().stream().map(p -> p.position().line() + ":" + p.position().column() + " " + p.message()
                + (p.hint().isEmpty() ? "" : " | " + p.hint())).toList();
    }

    @Test
    void anAbsentKeyTakesItsDefaultAndPositionComponentsTellWhereKeysAreWritten() {
        Wait wait = bind("topic: orders\nrepeat: 3\n");
        assertThat(said()).isEmpty();
        assertThat(wait.count()).isEqualTo(1);
        assertThat(wait.from()).isEqualTo(From.SCENARIO_START);
        assertThat(wait.top()).isNull();
        assertThat(wait.position()).isEqualTo(new Position("s.yaml", 1, 1));
        assertThat(wait.topicPosition()).isEqualTo(new Position("s.yaml", 1, 8));
        assertThat(wait.repeatPosition()).isEqualTo(new Position("s.yaml", 2, 9));
    }

    @Test
    void aPositionComponentIsNoKey() {
        bind("topic: orders\ntopicPosition: 3\n");
        assertThat(said()).containsExactly("2:1 unknown key 'topicPosition' | known keys: topic, count, top, repeat, level, from");
    }

    @Test
    void valuesOutsideTheirRangeAreSaidInOneWording() {
        bind("topic: t\ncount: 0\ntop: 10\nrepeat: -1\n");
        assertThat(said()).containsExactly(
                "2:8 count must be 1 or more, got 0",
                "3:6 top must be 9 or less, got 10",
                "4:9 repeat must be 1 or more, got -1");
    }

    @Test
    void aBoundedObjectTakesATemplateAndNamesWhatItTakesOtherwise() {
        assertThat(bind("topic: t\nrepeat: \"${n}\"\n").repeat()).isEqualTo("${n}");
        bind("topic: t\nrepeat: many\ncount: lots\n");
        assertThat(said()).containsExactly(
                "3:8 expected a number, got 'lots'",
                "2:9 expected a whole number (1 or more) or a ${...} template, got 'many'");
    }

    @Test
    void anEnumIsWrittenAsItsToStringInAnyCase() {
        Wait wait = bind("topic: t\nlevel: local_one\nfrom: LATEST\n");
        assertThat(wait.level()).isEqualTo(Level.LOCAL_ONE);
        assertThat(wait.from()).isEqualTo(From.LATEST);
        bind("topic: t\nlevel: MOST\nfrom: now\n");
        assertThat(said()).containsExactly(
                "2:8 unknown value 'MOST' | one of: LOCAL_ONE, QUORUM",
                "3:7 unknown value 'now' | one of: scenario-start, latest");
    }

    @Test
    void keysOfExclusiveGroupsAreRefusedAtTheFirstKeyOfTheGroupListedFirst() {
        ConfigNode node = new YamlLoader().load("s.yaml", "commit: true\nrows: 5\nq: x\n", problems).get(0);
        assertThat(node.bind(Search.class, problems)).isNull();
        assertThat(said()).containsExactly("2:1 a step searches or changes, not both");
        Problems fine = new Problems();
        ConfigNode search = new YamlLoader().load("s.yaml", "q: x\nrows: 5\n", fine).get(0);
        assertThat(search.bind(Search.class, fine)).isEqualTo(new Search("x", 5, null, null));
    }
}
