package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.FakeStepContext;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasourceSettingsTest {

    private static DatasourceSettings settings(Map<String, Object> props) {
        return DatasourceSettings.from(FakeStepContext.connectionConfig("sql", "billing", props));
    }

    @Test
    void ourKeysHikariKeysAndDriverKeysGoWhereTheyBelong() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("url", "jdbc:postgresql://127.0.0.1:5432/billing");
        p.put("user", "app");
        p.put("password", "s3cret");
        p.put("poolSize", 3L);
        p.put("connectionTimeout", "2s");
        p.put("maxLifetime", 600000L);
        p.put("readOnly", true);
        p.put("dataSource.ApplicationName", "crosscheck");
        p.put("dataSource.sslmode", "disable");
        DatasourceSettings s = settings(p);

        assertThat(s.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/billing");
        assertThat(s.poolSize()).isEqualTo(3);
        assertThat(s.pool()).containsEntry("connectionTimeout", "2000").containsEntry("maxLifetime", "600000")
                .containsEntry("readOnly", "true").doesNotContainKeys("user", "password", "sslmode");
        assertThat(s.driver()).containsEntry("user", "app").containsEntry("password", "s3cret")
                .containsEntry("ApplicationName", "crosscheck").containsEntry("sslmode", "disable")
                .containsEntry("stringtype", "unspecified");
    }

    @Test
    void aMisspeltKeyIsNamedNotPassedToTheDriver() {
        assertThatThrownBy(() -> settings(Map.of("url", "jdbc:h2:mem:x", "pasword", "s3cret")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sql connection 'billing': unknown key 'pasword' (did you mean 'password'?)");
    }

    @Test
    void theSchemaNamesEveryKeyTheDatasourceTakes() throws Exception {
        var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                getClass().getResource("/META-INF/crosscheck/schema/section.sql.schema.json"));
        java.util.Set<String> described = new java.util.TreeSet<>();
        schema.at("/$defs/sqlConnection/properties").fieldNames().forEachRemaining(described::add);
        java.util.Set<String> taken = new java.util.TreeSet<>(DatasourceSettings.OURS);
        taken.addAll(DatasourceSettings.hikariProperties());
        assertThat(described).isEqualTo(taken);
        assertThat(schema.at("/$defs/sqlConnection/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void defaultsKeepTheRunQuickWhenTheDatabaseIsDown() {
        DatasourceSettings s = settings(Map.of("url", "jdbc:h2:mem:x"));
        assertThat(s.poolSize()).isEqualTo(DatasourceSettings.DEFAULT_POOL_SIZE);
        assertThat(s.pool()).containsEntry("connectionTimeout", "5000").containsEntry("minimumIdle", "1");
        assertThat(s.driver()).doesNotContainKey("stringtype");
    }

    @Test
    void aMissingUrlSaysWhereToPutIt() {
        assertThatThrownBy(() -> settings(Map.of("user", "app")))
                .hasMessageContaining("datasource 'billing' has no url")
                .hasMessageContaining("environments.<env>.sql.billing");
    }

    @Test
    void aBadDurationIsNamed() {
        assertThatThrownBy(() -> settings(Map.of("url", "jdbc:h2:mem:x", "idleTimeout", "soon")))
                .hasMessageContaining("idleTimeout: bad duration 'soon'");
    }

    @Test
    void aBadPoolSizeIsNamed() {
        assertThatThrownBy(() -> settings(Map.of("url", "jdbc:h2:mem:x", "poolSize", "many")))
                .hasMessage("datasource 'billing': poolSize must be a whole number of 1 or more, got 'many'");
    }

    @Test
    void hikariSettingsAreFoundByTheirSetters() {
        assertThat(DatasourceSettings.hikariProperties())
                .contains("connectionTimeout", "idleTimeout", "minimumIdle", "readOnly", "schema", "connectionInitSql",
                        "leakDetectionThreshold", "poolName")
                .doesNotContain("jdbcUrl", "username", "password", "driverClassName");
    }
}
