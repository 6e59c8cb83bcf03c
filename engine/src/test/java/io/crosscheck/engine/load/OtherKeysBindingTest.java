package io.crosscheck.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.ConnectionConfig;
import io.crosscheck.engine.spi.step.OtherKeys;
import io.crosscheck.engine.spi.step.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A record's free keys: those named, those of a pattern, or every other key, each into its own map. */
class OtherKeysBindingTest {
    record Pool(Object url,
                @OtherKeys(names = Settings.class) Map<String, Object> settings,
                @OtherKeys(pattern = "driver\\.") Map<String, String> driver) {
    }

    record Open(Object servers, @OtherKeys Map<String, Object> properties) {
    }

    static final class Settings implements Supplier<Set<String>> {
        @Override
        public Set<String> get() {
            return Set.of("idleTimeout", "readOnly");
        }
    }

    private static <R extends Record> R bind(String yaml, Class<R> type, List<String> said) {
        Problems problems = new Problems();
        ConfigNode node = new YamlLoader().load("c.yaml", yaml, problems).get(0);
        R bound = node.bind(type, problems);
        problems.list().forEach(p -> said.add(p.position().line() + ":" + p.position().column() + " " + p.message()
                + (p.hint().isEmpty() ? "" : " | " + p.hint())));
        return bound;
    }

    @Test
    void namedAndPatternKeysGoToTheirMapsAndAnyOtherKeyIsUnknownWithTheClosestName() {
        List<String> said = new java.util.ArrayList<>();
        Pool pool = bind("url: x\nidleTimeout: 5s\ndriver.sslmode: disable\n", Pool.class, said);
        assertThat(said).isEmpty();
        assertThat(pool.settings()).containsExactly(Map.entry("idleTimeout", "5s"));
        assertThat(pool.driver()).containsExactly(Map.entry("driver.sslmode", "disable"));

        assertThat(bind("url: x\nidleTimout: 5s\n", Pool.class, said)).isNull();
        assertThat(said).containsExactly("2:1 unknown key 'idleTimout' | did you mean 'idleTimeout'?");
    }

    @Test
    void withNeitherNamesNorPatternEveryOtherKeyIsTaken() {
        List<String> said = new java.util.ArrayList<>();
        Open open = bind("servers: a:1\nsecurity.protocol: SSL\nnested: {a: 1}\n", Open.class, said);
        assertThat(said).isEmpty();
        assertThat(open.properties()).containsOnlyKeys("security.protocol", "nested").containsEntry("nested", Map.of("a", 1L));
    }

    @Test
    void aConnectionBindsItsRenderedPropertiesAndNamesWhatIsWrong() {
        Map<String, Object> rendered = new LinkedHashMap<>();
        rendered.put("url", "jdbc:h2:mem:x");
        rendered.put("readOnly", true);
        ConnectionConfig config = new ConnectionConfig("probe", "main", rendered, YamlNode.plain(Position.UNKNOWN, rendered));
        assertThat(config.bind(Pool.class).settings()).containsEntry("readOnly", true);

        Map<String, Object> typo = Map.of("url", "x", "redOnly", true);
        ConnectionConfig wrong = new ConnectionConfig("probe", "main", typo, YamlNode.plain(Position.UNKNOWN, typo));
        assertThatThrownBy(() -> wrong.bind(Pool.class))
                .hasMessage("probe connection 'main': unknown key 'redOnly' (did you mean 'readOnly'?)");
    }
}
