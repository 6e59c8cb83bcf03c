package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallValidationTest {
    @TempDir
    Path dir;

    private List<Problem> validate(String scenario) throws Exception {
        Files.writeString(dir.resolve("s.yaml"), scenario);
        return Crosscheck.validate(RunOptions.of(dir));
    }

    @Test
    void aMaxBodySizeThatIsNotASizeIsReportedAtItsValue() throws Exception {
        List<Problem> problems = validate("""
                scenario: bad size
                steps:
                  - call:
                      url: http://127.0.0.1:9/x
                      maxBodySize: 2TB
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).position().line() + ":" + problems.get(0).position().column()).isEqualTo("5:20");
        assertThat(problems.get(0).message()).isEqualTo("maxBodySize: '2TB' is not a size between 1 B and 1 GB (e.g. 16MB, 512KB)");
    }

    @Test
    void sizesInEveryUnitAreValid() throws Exception {
        assertThat(validate("""
                scenario: sizes
                vars: { limit: 1MB }
                steps:
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: 100 }
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: 512KB }
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: 16mb }
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: 1GB }
                  - call: { url: http://127.0.0.1:9/x, maxBodySize: "${limit}" }
                """)).isEmpty();
    }
}
