package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports say a step's failure from its parts: message, hint and details, each once. */
class StepFailureReportTest {
    static final Position AT = new Position("scenarios/search.yaml", 4, 7);

    @TempDir
    Path dir;

    static StepRecord step(Status status, List<CheckResult> checks, StepError failure) {
        return new StepRecord("search-1", "query logs", "query", Phase.STEP, AT, status, 0, 5, 1, Map.of(), null, checks,
                failure, List.of(), List.of());
    }

    static ScenarioResult scenario(StepRecord step) {
        return new ScenarioResult("Logs are searchable", "", new Position(AT.file(), 1, 1), List.of(), "", Map.of(),
                step.status(), Instant.EPOCH, 5, List.of(step), "");
    }

    static StepError unreachable() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", "http://127.0.0.1:1/solr");
        details.put("collection", null);
        return StepError.of(StepError.Kind.UNREACHABLE, "cannot reach Solr 'logs': connection refused")
                .withHint("is Solr running?").withDetails(details);
    }

    @Test
    void resultsJsonWritesTheFailureBesideTheErrorAndReadsItBack() throws Exception {
        StepRecord step = step(Status.ERROR, List.of(), unreachable());
        RunResult run = new RunResult("r", Instant.EPOCH, 5, "local", List.of(scenario(step)), false);
        Path file = new JsonReporter().write(run, dir);

        var written = new ObjectMapper().readTree(file.toFile()).path("scenarios").get(0).path("steps").get(0);
        assertThat(written.path("error").asText())
                .isEqualTo("cannot reach Solr 'logs': connection refused (is Solr running?)");
        assertThat(written.path("failure").toString()).isEqualTo("{\"kind\":\"UNREACHABLE\",\"message\":"
                + "\"cannot reach Solr 'logs': connection refused\",\"hint\":\"is Solr running?\",\"details\":"
                + "{\"url\":\"http://127.0.0.1:1/solr\",\"collection\":null}}");
        StepRecord back = new ResultsJsonReader().read(file).scenarios().get(0).steps().get(0);
        assertThat(back.failure()).isEqualTo(unreachable());
        assertThat(back.error()).isEqualTo(step.error());
    }

    @Test
    void aPassedStepWritesNoFailure() throws Exception {
        StepRecord step = step(Status.PASSED, List.of(), null);
        Path file = new JsonReporter().write(new RunResult("r", Instant.EPOCH, 5, "local", List.of(scenario(step)), false), dir);
        var written = new ObjectMapper().readTree(file.toFile()).path("scenarios").get(0).path("steps").get(0);
        assertThat(written.has("failure")).isFalse();
        assertThat(new ResultsJsonReader().read(file).scenarios().get(0).steps().get(0).failure()).isNull();
    }

    @Test
    void theFailureTextSaysTheMessageWithItsHintOnce() {
        String text = new FailureText().failures(scenario(step(Status.ERROR, List.of(), unreachable())));
        assertThat(text).isEqualTo("""
                ERROR: step 'query logs' at scenarios/search.yaml:4:7 (5 ms)
                  cannot reach Solr 'logs': connection refused (is Solr running?)
                """);
    }

    @Test
    void aFailedCheckThatSaysItselfIsNotSaidAgainAsTheStepsFailure() {
        CheckResult check = new CheckResult("numFound > 0", "that", null, null, false, "numFound was 0");
        String text = new FailureText().failures(scenario(step(Status.FAILED, List.of(check),
                StepError.of(StepError.Kind.FAILED_CHECK, "numFound was 0"))));
        assertThat(text).isEqualTo("""
                FAILED: step 'query logs' at scenarios/search.yaml:4:7 (5 ms)
                  assert numFound > 0
                    numFound was 0
                """);
    }

    @Test
    void aRejectedStepIsSaidEvenBesideAFailedCheck() {
        CheckResult check = new CheckResult("numFound > 0", "that", null, null, false, "numFound was 0");
        String text = new FailureText().failures(scenario(step(Status.FAILED, List.of(check),
                StepError.of(StepError.Kind.REJECTED, "numFound was 0"))));
        assertThat(text).contains("(5 ms)\n  numFound was 0\n  assert numFound > 0\n");
    }
}
