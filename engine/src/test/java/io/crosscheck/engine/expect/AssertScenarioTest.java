package io.crosscheck.engine.expect;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expressions, data functions, assert explanations and secret masking through a whole run. */
class AssertScenarioTest {

    @Test
    void assertLinesRunOverVarsAndAFailingLineExplainsItsParts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    vars: { minAmount: 10 }
                """);
        Files.writeString(dir.resolve("events.yaml"), """
                scenario: Data functions in assertions
                vars:
                  events:
                    - { type: PushEvent, actor: ann, size: 3 }
                    - { type: PushEvent, actor: bob, size: 5 }
                    - { type: WatchEvent, actor: ann, size: 1 }
                  token: ${secret('API_TOKEN')}
                  label: total-${sum(events, 'size')}
                steps:
                  - assert:
                      - groupCount(events, 'type').PushEvent == 2
                      - sum(where(events, e -> e.actor == 'ann'), 'size') == 4
                      - label == 'total-9'
                      - top(sortBy(events, 'size', 'desc'), 1)[0].actor == 'bob'
                  - assert:
                      - max(events, 'size') > minAmount
                      - token == 'other'
                """);

        RunResult result = Crosscheck.run(RunOptions.of(dir).systemEnvironment(Map.of("API_TOKEN", "tok-5150")));

        assertThat(result.scenarios()).singleElement().extracting(s -> s.status()).isEqualTo(Status.FAILED);
        List<StepRecord> steps = result.scenarios().get(0).steps();
        assertThat(steps.get(0).status()).isEqualTo(Status.PASSED);
        assertThat(steps.get(0).checks()).hasSize(4).allMatch(CheckResult::passed);

        List<CheckResult> second = steps.get(1).checks();
        assertThat(second).extracting(CheckResult::passed).containsExactly(false, false);
        assertThat(second.get(0).message()).isEqualTo("max(events, 'size') was 5, minAmount was 10");
        assertThat(second.get(1).message()).isEqualTo("token was '****', 'other' was 'other'");
        assertThat(result.toString()).doesNotContain("tok-5150");
    }
}
