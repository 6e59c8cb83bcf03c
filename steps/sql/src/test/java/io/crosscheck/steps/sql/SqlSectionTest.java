package io.crosscheck.steps.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment section this module declares, checked by the loader and by the schema fragment its jar ships. */
class SqlSectionTest {
    @TempDir
    Path dir;

    private List<String> validate(String config) throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), config);
        Files.writeString(dir.resolve("s.yaml"), "scenario: s\nsteps:\n  - assert: [ \"true\" ]\n");
        return Crosscheck.validate(RunOptions.of(dir.resolve("s.yaml"))).stream().map(SqlSectionTest::at).toList();
    }

    private static String at(Problem p) {
        return Path.of(p.position().file()).getFileName() + ":" + p.position().line() + ":" + p.position().column()
                + " " + p.message() + (p.hint().isEmpty() ? "" : " | " + p.hint());
    }

    @Test
    void aMisspeltDatasourceKeyIsRefusedAndDriverPropertiesArePrefixed() throws Exception {
        assertThat(validate("environments:\n  local:\n    sql:\n      billing: { url: \"jdbc:h2:mem:x\", user: app, pasword: s3cret }\n"))
                .containsExactly("crosscheck.yaml:4:51 unknown key 'pasword' in a JDBC datasource | did you mean 'password'?");
        assertThat(validate("environments:\n  local:\n    sql:\n      billing: { url: \"jdbc:h2:mem:x\", connectionTimeout: 2s, dataSource.sslmode: disable }\n"))
                .isEmpty();
    }
}
