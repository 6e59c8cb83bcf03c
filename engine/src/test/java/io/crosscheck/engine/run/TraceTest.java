package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.spi.step.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each scenario run has a W3C trace id of its own in scope as trace.id (spec §8). */
class TraceTest {
    @TempDir
    Path dir;

    @Test
    void everyScenarioRunHasItsOwnTraceId() throws Exception {
        Files.writeString(dir.resolve("s.yaml"), """
                scenario: traced
                steps:
                  - assert: [ "trace.id =~ '[0-9a-f]{32}'" ]
                    save: { id: trace.id }
                examples: [ { n: 1 }, { n: 2 } ]
                """);
        RunResult r = Crosscheck.run(RunOptions.of(dir));
        assertThat(r.scenarios()).allMatch(s -> s.status() == Status.PASSED);
        Files.writeString(dir.resolve("s.yaml"), """
                scenario: shows its trace
                steps:
                  - assert: [ "trace.id == 'none'" ]
                examples: [ { n: 1 }, { n: 2 } ]
                """);
        java.util.List<String> shown = Crosscheck.run(RunOptions.of(dir)).scenarios().stream()
                .map(s -> s.steps().get(0).checks().get(0).message()).toList();
        assertThat(shown).allMatch(m -> m.matches("(?s).*[0-9a-f]{32}.*"));
        assertThat(shown.get(0)).isNotEqualTo(shown.get(1));
    }

    @Test
    void aTraceparentCarriesTheTraceAndAFreshSpan() {
        Trace trace = Trace.fresh("X-Correlation-Id");
        String id = trace.id();
        String a = trace.traceparent();
        String b = trace.traceparent();
        assertThat(trace.headers()).containsEntry("X-Correlation-Id", id).containsKey("traceparent");
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(a).matches("00-" + id + "-[0-9a-f]{16}-01");
        assertThat(a).isNotEqualTo(b);
    }
}
