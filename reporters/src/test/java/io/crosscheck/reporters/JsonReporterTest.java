package io.crosscheck.reporters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReporterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeTree() throws Exception {
        Path file = new JsonReporter().write(SampleRun.run(), dir);
        assertThat(file).hasFileName("results.json");
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("id").asText()).isEqualTo("run-20250301-0200");
        assertThat(root.path("startedAt").asText()).isEqualTo("2025-03-01T02:00:00.123Z");
        assertThat(root.path("environment").asText()).isEqualTo("nightly");
        assertThat(root.path("interrupted").asBoolean()).isFalse();
        assertThat(root.path("counts").toString())
                .isEqualTo("{\"total\":6,\"passed\":3,\"failed\":1,\"error\":1,\"skipped\":1}");
        JsonNode step = root.path("scenarios").get(0).path("steps").get(2);
        assertThat(step.path("response").path("rows")).hasSize(12);
        assertThat(step.path("position").toString()).isEqualTo("{\"file\":\"scenarios/profile.yaml\",\"line\":16,\"column\":7}");
        assertThat(step.path("reports").get(0).path("kind").asText()).isEqualTo("table");
        JsonNode failed = root.path("scenarios").get(2);
        assertThat(failed.path("displayName").asText()).isEqualTo("Invoice is issued [plan=premium]");
        assertThat(failed.path("steps").get(0).path("checks").get(0).toString())
                .isEqualTo("{\"path\":\"status\",\"matcher\":\"equals\",\"expected\":200,\"actual\":404,\"passed\":false,\"message\":\"\"}");
    }

    @Test
    void roundTripKeepsCountsNamesStatusesAndSteps() throws Exception {
        RunResult original = SampleRun.run();
        Path file = new JsonReporter().write(original, dir);
        RunResult back = new ResultsJsonReader().read(file);

        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.startedAt()).isEqualTo(original.startedAt());
        assertThat(back.durationMs()).isEqualTo(original.durationMs());
        assertThat(back.environment()).isEqualTo(original.environment());
        for (Status s : Status.values()) assertThat(back.count(s)).isEqualTo(original.count(s));
        assertThat(back.scenarios()).hasSameSizeAs(original.scenarios());
        for (int i = 0; i < original.scenarios().size(); i++) {
            ScenarioResult a = original.scenarios().get(i);
            ScenarioResult b = back.scenarios().get(i);
            assertThat(b.displayName()).isEqualTo(a.displayName());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.position()).isEqualTo(a.position());
            assertThat(b.tags()).isEqualTo(a.tags());
            assertThat(b.exampleRow()).isEqualTo(a.exampleRow());
            assertThat(b.message()).isEqualTo(a.message());
            assertThat(b.startedAt()).isEqualTo(a.startedAt());
            assertThat(b.steps()).hasSameSizeAs(a.steps());
            for (int j = 0; j < a.steps().size(); j++) {
                StepRecord x = a.steps().get(j);
                StepRecord y = b.steps().get(j);
                assertThat(y.name()).isEqualTo(x.name());
                assertThat(y.verb()).isEqualTo(x.verb());
                assertThat(y.phase()).isEqualTo(x.phase());
                assertThat(y.position()).isEqualTo(x.position());
                assertThat(y.status()).isEqualTo(x.status());
                assertThat(y.startOffsetMs()).isEqualTo(x.startOffsetMs());
                assertThat(y.durationMs()).isEqualTo(x.durationMs());
                assertThat(y.attempts()).isEqualTo(x.attempts());
                assertThat(y.error()).isEqualTo(x.error());
                assertThat(y.checks()).extracting(CheckResult::path, CheckResult::passed)
                        .isEqualTo(x.checks().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.path(), c.passed())).toList());
                assertThat(y.reports()).hasSameSizeAs(x.reports());
            }
        }
        // the hostile scenario comes back byte for byte
        assertThat(back.scenarios().get(3).message()).isEqualTo(SampleRun.HOSTILE_MESSAGE);
        // and writing what was read gives the same file
        Path again = Files.createDirectory(dir.resolve("again"));
        new JsonReporter().write(back, again);
        assertThat(Files.readString(again.resolve("results.json"))).isEqualTo(Files.readString(file));
    }

    @Test
    void theStepsOfAFragmentAreWrittenNestedUnderTheirUseStepAndReadBack() throws Exception {
        RunResult original = new RunResult("run-1", SampleRun.START, 31, "local", List.of(SampleRun.fragment()), false);
        Path file = new JsonReporter().write(original, dir);
        JsonNode use = new ObjectMapper().readTree(file.toFile()).path("scenarios").get(0).path("steps").get(0);
        assertThat(use.path("steps")).hasSize(2);
        assertThat(use.path("steps").get(1).path("position").toString())
                .isEqualTo("{\"file\":\"scenarios/fragments/login.yaml\",\"line\":7,\"column\":7}");
        assertThat(use.path("steps").get(0).has("steps")).isFalse(); // a step that ran none has no list

        RunResult back = new ResultsJsonReader().read(file);
        StepRecord read = back.scenarios().get(0).steps().get(0);
        assertThat(read.steps()).extracting(StepRecord::name).containsExactly("call POST /login", "assert token != ''");
        assertThat(read.failedStep().position()).isEqualTo(new io.crosscheck.engine.result.Position("scenarios/fragments/login.yaml", 7, 7));
        Path again = Files.createDirectory(dir.resolve("again"));
        new JsonReporter().write(back, again);
        assertThat(Files.readString(again.resolve("results.json"))).isEqualTo(Files.readString(file));
    }

    @Test
    void valuesThatAreNotJsonBecomeText() throws Exception {
        UUID id = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        StepRecord step = SampleRun.step("odd values", "query", null, SampleRun.profile().position(), 3, Status.PASSED, 0, 1,
                Map.of(), Map.of("id", id, "day", LocalDate.of(2025, 3, 1), "bytes", new byte[]{1, 2, 3},
                        "nan", Double.NaN, "ints", new int[]{1, 2}, "self", new Object() {
                            @Override
                            public String toString() {
                                return "opaque driver object";
                            }
                        }), List.of(), "", List.of());
        ScenarioResult s = new ScenarioResult("odd", "", SampleRun.profile().position(), List.of(), "", Map.of(),
                Status.PASSED, null, 1, List.of(step), "");
        Path file = new JsonReporter().write(new RunResult("r", null, 1, null, List.of(s), true), dir);
        JsonNode response = new ObjectMapper().readTree(file.toFile()).path("scenarios").get(0).path("steps").get(0).path("response");
        assertThat(response.path("id").asText()).isEqualTo(id.toString());
        assertThat(response.path("day").asText()).isEqualTo("2025-03-01");
        assertThat(response.path("bytes").asText()).isEqualTo("base64:AQID");
        assertThat(response.path("nan").asText()).isEqualTo("NaN");
        assertThat(response.path("ints").toString()).isEqualTo("[1,2]");
        assertThat(response.path("self").asText()).isEqualTo("opaque driver object");
        RunResult back = new ResultsJsonReader().read(file);
        assertThat(back.interrupted()).isTrue();
        assertThat(back.startedAt()).isNull();
        assertThat(back.scenarios().get(0).steps().get(0).phase()).isNull();
    }

    @Test
    void readerRejectsFilesThatAreNotResults() {
        assertThatThrownBy(() -> new ResultsJsonReader().read(
                new ByteArrayInputStream("{\"scenarios\":[]}".getBytes(StandardCharsets.UTF_8)), "x.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("x.json: not a crosscheck results.json");
        assertThatThrownBy(() -> new ResultsJsonReader().read(
                new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8)), "y.json"))
                .isInstanceOf(IOException.class).hasMessageContaining("y.json");
    }

    @Test
    void valuesAreCutToTheLimitsWhenAsked() {
        var factory = new com.fasterxml.jackson.core.JsonFactory();
        JsonValues cut = new JsonValues(2, 5);
        assertThat(cut.compact(factory, List.of(1, 2, 3, 4))).isEqualTo("[1,2,\"…(2 more items)\"]");
        assertThat(cut.compact(factory, new long[]{1, 2, 3})).isEqualTo("[1,2,\"…(1 more items)\"]");
        assertThat(cut.compact(factory, "abcdefgh")).isEqualTo("\"abcde…(3 more characters)\"");
        assertThat(cut.compact(factory, SampleRun.map("a", 1, "b", 2, "c", 3))).isEqualTo("{\"a\":1,\"b\":2,\"…\":\"1 more entries\"}");
        assertThat(JsonValues.FULL.compact(factory, List.of(1, 2, 3, 4))).isEqualTo("[1,2,3,4]");
        assertThat(JsonValues.FULL.compact(factory, java.util.Optional.of(new java.math.BigDecimal("1.50")))).isEqualTo("1.50");
    }
}
