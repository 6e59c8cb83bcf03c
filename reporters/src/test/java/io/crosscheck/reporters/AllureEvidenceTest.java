package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.result.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed scenario's evidence goes into its Allure result as an attachment of its own, the culprit first. */
class AllureEvidenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theEvidenceIsAnAttachmentOfTheTestResultWithTheCulpritAndTheTimeline() throws Exception {
        RunResult run = new RunResult("r", SampleRun.START, 31, "local", List.of(EvidenceRun.failed()), false);
        new AllureResults().write(run, dir);

        JsonNode result;
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().endsWith("-result.json")).findFirst().orElseThrow();
            result = JSON.readTree(file.toFile());
        }
        JsonNode attachment = result.path("attachments").get(0);
        assertThat(attachment.path("name").asText()).isEqualTo("evidence");
        JsonNode evidence = JSON.readTree(dir.resolve(attachment.path("source").asText()).toFile());
        assertThat(evidence.path("culprit").asText()).startsWith("billing at ");
        assertThat(evidence.path("timeline")).isNotEmpty();
        assertThat(evidence.path("timeline").get(0).has("service")).isTrue();
        assertThat(evidence.path("traceId").asText()).isEqualTo(EvidenceRun.failed().evidence().traceId());
    }
}
