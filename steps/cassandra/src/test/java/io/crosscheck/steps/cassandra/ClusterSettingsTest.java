package io.crosscheck.steps.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.steps.testkit.FakeStepContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    private static ClusterSettings settings(Map<String, Object> props) {
        return ClusterSettings.from(FakeStepContext.connectionConfig("cassandra", "usage", props));
    }

    @Test
    void namedKeysAreReadAndEveryOtherKeyIsADriverOption() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("contactPoints", List.of("127.0.0.1:9142", "db1.example.org", "[::1]:9043"));
        props.put("localDatacenter", "dc1");
        props.put("keyspace", "usage");
        props.put("username", "app");
        props.put("password", "s3cret");
        props.put("basic.request.timeout", "30s");
        props.put("advanced", Map.of("connection", Map.of("pool", Map.of("local", Map.of("size", 2)))));
        ClusterSettings s = settings(props);
        assertThat(s.describeContactPoints()).isEqualTo("127.0.0.1:9142, db1.example.org:9042, 0:0:0:0:0:0:0:1:9043");
        assertThat(s.contactPoints().get(1).isUnresolved()).as("host names are resolved by the driver").isTrue();
        assertThat(s.localDatacenter()).isEqualTo("dc1");
        assertThat(s.keyspace()).isEqualTo("usage");
        assertThat(s.driverOptions()).containsExactly(Map.entry("basic.request.timeout", "30s"),
                Map.entry("advanced.connection.pool.local.size", 2));
        DriverOptions.loader(s).close();
    }

    @Test
    void contactPointsMayBeOneCommaSeparatedText() {
        assertThat(settings(Map.of("contactPoints", "127.0.0.1:9042, 127.0.0.2")).describeContactPoints())
                .isEqualTo("127.0.0.1:9042, 127.0.0.2:9042");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> settings(Map.of())).hasMessageContaining("missing key 'contactPoints'");
        assertThatThrownBy(() -> settings(Map.of("contactPoints", "h", "username", "u"))).hasMessageContaining("username and password");
        ClusterSettings typo = settings(Map.of("contactPoints", "h", "basic.request.timout", "5s"));
        assertThatThrownBy(() -> DriverOptions.loader(typo))
                .hasMessageContaining("unknown key 'basic.request.timout'")
                .hasMessageContaining("did you mean 'basic.request.timeout'");
    }
}
