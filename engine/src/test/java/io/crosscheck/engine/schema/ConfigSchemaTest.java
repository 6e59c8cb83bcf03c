package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** crosscheck.yaml's schema closes its sections: a misspelt section or datasource key is found as you type. */
class ConfigSchemaTest {
    private static List<String> messages(String yaml) {
        return SchemaValidator.config().messages(Documents.load("crosscheck.yaml", yaml).get(0));
    }

    @Test
    void aMisspeltSectionOfAnEnvironmentIsRefused() {
        assertThat(messages("""
                environments:
                  local:
                    kafak: { main: { bootstrap.servers: 127.0.0.1:9092 } }
                """)).singleElement().asString()
                .startsWith("crosscheck.yaml:3:5: unknown key 'kafak' in an environment (did you mean 'kafka'?)");
    }

    @Test
    void aPluginsOwnKindOfConnectionIsStillWelcome() {
        assertThat(messages("""
                environments:
                  local:
                    mongo: { main: { uri: "mongodb://127.0.0.1" } }
                """)).isEmpty();
    }

    @Test
    void aMisspeltDatasourceKeyIsRefusedAndDriverPropertiesArePrefixed() {
        assertThat(messages("""
                environments:
                  local:
                    sql:
                      billing: { url: "jdbc:h2:mem:x", user: app, pasword: s3cret }
                """)).singleElement().asString()
                .startsWith("crosscheck.yaml:4:51: unknown key 'pasword' in a JDBC datasource (did you mean 'password'?)");
        assertThat(messages("""
                environments:
                  local:
                    sql:
                      billing: { url: "jdbc:h2:mem:x", connectionTimeout: 2s, dataSource.sslmode: disable }
                """)).isEmpty();
    }
}
