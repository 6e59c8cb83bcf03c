package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Allure results of a run, turned into a report by the real {@code allure generate}, and that report read back. */
class AllureResultsIT {
    private static final Path ALLURE = Path.of("target/allure-commandline/allure-2.34.1/bin/allure");
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void allureGeneratesAReportWithEveryScenarioItsStepsParametersLabelsAndAttachments() throws Exception {
        Path results = dir.resolve("allure-results");
        new AllureResults().write(SampleRun.run(), results);
        Path report = dir.resolve("allure-report");
        Process allure = new ProcessBuilder(ALLURE.toAbsolutePath().toString(), "generate", results.toString(), "-o",
                report.toString(), "--clean").redirectErrorStream(true).redirectOutput(dir.resolve("allure.log").toFile()).start();
        assertThat(allure.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(allure.exitValue()).as(Files.readString(dir.resolve("allure.log"))).isEqualTo(0);

        JsonNode statistic = mapper.readTree(report.resolve("widgets/summary.json").toFile()).get("statistic");
        assertThat(statistic.get("total").asInt()).isEqualTo(6);
        assertThat(statistic.get("passed").asInt()).isEqualTo(3);
        assertThat(statistic.get("failed").asInt()).isEqualTo(1);
        assertThat(statistic.get("broken").asInt()).isEqualTo(1);
        assertThat(statistic.get("skipped").asInt()).isEqualTo(1);

        JsonNode premium = testCase(report, "Invoice is issued [plan=premium]");
        assertThat(premium.get("status").asText()).isEqualTo("failed");
        assertThat(premium.at("/parameters/0/name").asText()).isEqualTo("plan");
        assertThat(premium.at("/parameters/0/value").asText()).isEqualTo("premium");
        assertThat(premium.get("labels").findValuesAsText("value")).contains("billing", "scenarios/billing/invoice.yaml");
        JsonNode steps = premium.at("/testStage/steps");
        assertThat(steps.size()).isEqualTo(SampleRun.run().scenarios().get(2).steps().size());
        List<String> attached = new ArrayList<>();
        steps.forEach(step -> step.get("attachments").forEach(a -> attached.add(a.get("name").asText())));
        assertThat(attached).contains("request", "response");
        JsonNode attachment = steps.findValues("attachments").stream().filter(a -> a.size() > 0).findFirst().orElseThrow().get(0);
        assertThat(report.resolve("data/attachments").resolve(attachment.get("source").asText())).exists();
        assertThat(testCase(report, SampleRun.HOSTILE_NAME).get("status").asText()).isEqualTo("broken");
    }

    @Test
    void aUseStepsFragmentStepsAreNestedUnderIt() throws Exception {
        Path results = dir.resolve("fragment-results");
        new AllureResults().write(new io.crosscheck.engine.result.RunResult("r", SampleRun.START, 31, "local",
                List.of(SampleRun.fragment()), false), results);
        Path report = dir.resolve("fragment-report");
        Process allure = new ProcessBuilder(ALLURE.toAbsolutePath().toString(), "generate", results.toString(), "-o",
                report.toString(), "--clean").redirectErrorStream(true).redirectOutput(dir.resolve("allure2.log").toFile()).start();
        assertThat(allure.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(allure.exitValue()).as(Files.readString(dir.resolve("allure2.log"))).isEqualTo(0);
        JsonNode use = testCase(report, "Orders need a login").at("/testStage/steps/0");
        assertThat(use.get("name").asText()).isEqualTo("use fragments/login.yaml");
        List<String> inner = new ArrayList<>();
        use.get("steps").forEach(step -> inner.add(step.get("name").asText()));
        assertThat(inner).containsExactly("call POST /login", "assert token != ''");
        assertThat(use.at("/steps/1/status").asText()).isEqualTo("failed");
    }

    private JsonNode testCase(Path report, String name) throws IOException {
        try (Stream<Path> files = Files.list(report.resolve("data/test-cases"))) {
            for (Path f : files.toList()) {
                JsonNode node = mapper.readTree(f.toFile());
                if (name.equals(node.get("name").asText())) return node;
            }
        }
        throw new AssertionError("no test case named " + name + " in the generated report");
    }
}
