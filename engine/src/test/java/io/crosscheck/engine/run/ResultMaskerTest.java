package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The masker hides a secret in a step's request, response and checks in whatever encoding it travels in. */
class ResultMaskerTest {
    private final Secrets secrets = new Secrets(Map.of("PASSWORD", "p@ss w/rd\"", "PIN", "4711"));
    private final ResultMasker masker = new ResultMasker(secrets);

    @Test
    void aStepIsMaskedInTheUrlTheJsonBodyAndANumberThatCameBack() {
        secrets.secret("PASSWORD");
        secrets.secret("PIN");
        StepRecord step = new StepRecord("login", "call", Phase.STEP, new Position("s.yaml", 3, 5), Status.FAILED, 0, 12, 1,
                Map.of("url", "https://h/login?pw=p%40ss+w%2Frd%22", "body", "{\"pw\":\"p@ss w/rd\\\"\",\"pin\":4711}"),
                Map.of("status", 200, "body", Map.of("pin", 4711, "count", 3)),
                List.of(new CheckResult("body.pin", "eq", 1, 4711, false, "expected 1, was 4711")), "", List.of());

        StepRecord masked = masker.mask(step);

        assertThat(masked.request()).isEqualTo(Map.of("url", "https://h/login?pw=****", "body", "{\"pw\":\"****\",\"pin\":****}"));
        assertThat(masked.response()).isEqualTo(Map.of("status", 200, "body", Map.of("pin", "****", "count", 3)));
        assertThat(masked.checks()).singleElement().satisfies(c -> {
            assertThat(c.actual()).isEqualTo("****");
            assertThat(c.expected()).isEqualTo(1);
            assertThat(c.message()).isEqualTo("expected 1, was ****");
        });
    }
}
