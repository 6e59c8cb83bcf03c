package io.crosscheck.steps.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.steps.testkit.StepTestKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The environment section this module declares, checked by the loader and by the schema fragment its jar ships. */
class SqlSectionTest {
    private static List<String> validate(String config) {
        return StepTestKit.scenario("scenario: s\nsteps:\n  - assert: [ \"true\" ]\n").file("crosscheck.yaml", config)
                .problemLines();
    }

    @Test
    void aMisspeltDatasourceKeyIsRefusedAndDriverPropertiesArePrefixed() {
        assertThat(validate("environments:\n  local:\n    sql:\n      billing: { url: \"jdbc:h2:mem:x\", user: app, pasword: s3cret }\n"))
                .containsExactly("crosscheck.yaml:4:51 unknown key 'pasword' in a JDBC datasource | did you mean 'password'?");
        assertThat(validate("environments:\n  local:\n    sql:\n      billing: { url: \"jdbc:h2:mem:x\", connectionTimeout: 2s, dataSource.sslmode: disable }\n"))
                .isEmpty();
    }
}
