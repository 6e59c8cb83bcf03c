package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.EvidenceLine;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.reporters.ResultsJsonReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code crosscheck demo} as a user runs it: the demo system starts, every scenario of the repository's
 * {@code scenarios/} passes against it, and the reports say so; {@code --serve} keeps it up for a user's own run.
 */
class DemoIT {
    private static final Path SCENARIOS = Path.of("../scenarios");

    @TempDir
    Path dir;

    @Test
    void theDemoRunsEveryScenarioOfTheRepositoryAndAllPass() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path reports = dir.resolve("reports");

        int code = Main.execute(new String[] {"demo", "--report-dir", reports.toString(),
                "--work-dir", dir.resolve("work").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as("exit code; out:\n%s\nerr:\n%s", out, err).isZero();
        assertThat(out.toString()).contains("crosscheck demo: system up in", "PASSED",
                "crosscheck demo: open " + reports.resolve("index.html").toAbsolutePath().normalize());
        assertThat(dir.resolve("work/environment/crosscheck.yaml")).content().contains("environments:", "  demo:");

        RunResult run = new ResultsJsonReader().read(reports.resolve("results.json"));
        assertThat(run.environment()).isEqualTo("demo");
        assertThat(run.scenarios()).allSatisfy(s -> assertThat(s.status()).as(s.displayName() + ": " + s.message())
                .isEqualTo(Status.PASSED));
        assertThat(run.scenarios().stream().map(ScenarioResult::file).distinct().count())
                .as("every scenario file ran").isEqualTo(scenarioFiles());
        assertThat(run.scenarios()).extracting(ScenarioResult::file).noneMatch(f -> f.contains("culprit"));
        assertThat(run.scenarios()).extracting(ScenarioResult::name).contains(
                "A customer who moves gets a final bill at the old address",
                "Inactive customers are the same in the database and in the API",
                "Push events are counted and charted by type");
        assertThat(run.scenarios()).filteredOn(s -> s.name().startsWith("A new customer")).hasSize(3); // inline examples
        assertThat(run.scenarios()).filteredOn(s -> s.name().startsWith("A customer's yearly")).hasSize(4); // csv rows
        String json = Files.readString(reports.resolve("results.json"));
        assertThat(json).contains("Bearer ****").doesNotContainPattern("Bearer [0-9a-f]{8}-");

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("junit.xml").toFile());
        NodeList cases = junit.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(run.scenarios().size());
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertThat(c.getElementsByTagName("failure").getLength() + c.getElementsByTagName("error").getLength())
                    .as(c.getAttribute("name")).isZero();
        }
        assertThat(Files.readString(reports.resolve("index.html"))).contains("Events by type", "kWh per month");
    }

    @Test
    void theCulpritSwitchBreaksConsumptionAndOnlyTheScenarioBuiltOnItFails() throws Exception {
        StringWriter out = new StringWriter();
        Path reports = dir.resolve("culprit-reports");

        int code = Main.execute(new String[] {"demo", "--culprit", "--report-dir", reports.toString(),
                "--work-dir", dir.resolve("culprit").toString()}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(code).as(out.toString()).isEqualTo(1);
        RunResult run = new ResultsJsonReader().read(reports.resolve("results.json"));
        assertThat(run.scenarios()).filteredOn(s -> s.status() != Status.PASSED).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("A move is billed from the meter's last reading");
            assertThat(s.file()).endsWith("culprit/final-reading.yaml");
            assertThat(s.message()).contains("no matching record on topic 'billing-events'");
            // the service logs of the run's trace, read from the demo's Solr, name the service that broke
            assertThat(s.evidence().culprit()).isNotNull();
            assertThat(s.evidence().culprit().service()).isEqualTo("consumption");
            assertThat(s.evidence().culprit().message()).contains("no meter reading for M-1004");
            assertThat(s.evidence().lines()).extracting(EvidenceLine::service).contains("moving");
        });
        assertThat(out.toString()).contains("likely culprit: consumption at ");
        assertThat(Files.readString(reports.resolve("index.html"))).contains("likely culprit");
        assertThat(run.scenarios().stream().map(ScenarioResult::file).distinct().count()).isEqualTo(scenarioFiles() + 1);
    }

    @Test
    void theFullDemoAddsCassandraWithTheReadingsConsumptionArchivedAndRunsItsScenarios() throws Exception {
        StringWriter out = new StringWriter();
        Path reports = dir.resolve("full-reports");

        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"demo", "--full", "--report-dir", reports.toString(),
                "--work-dir", dir.resolve("full").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("(Kafka, Solr, Cassandra, H2, five services)", "Cassandra");
        assertThat(dir.resolve("full/environment/crosscheck.yaml")).content()
                .contains("    cassandra:\n      usage: { contactPoints: [\"127.0.0.1:");
        RunResult run = new ResultsJsonReader().read(reports.resolve("results.json"));
        assertThat(run.scenarios()).allSatisfy(s -> assertThat(s.status()).as(s.displayName() + ": " + s.message())
                .isEqualTo(Status.PASSED));
        assertThat(run.scenarios()).extracting(ScenarioResult::name)
                .contains("Faulty meter readings are found without the partition key");
        assertThat(Files.readString(reports.resolve("index.html"))).contains("readings per meter");
    }

    @Test
    void serveKeepsTheSystemUpForScenariosRunElsewhereUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        Path work = dir.resolve("serve");
        AtomicInteger code = new AtomicInteger(-1);
        Thread serve = new Thread(() -> code.set(Main.execute(new String[] {"demo", "--serve", "--work-dir", work.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))), "demo-serve");
        serve.start();
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!out.toString().contains("Press Ctrl-C")) {
                assertThat(serve.isAlive()).as("serve is running; out:\n%s", out).isTrue();
                assertThat(System.nanoTime()).as("the system is up within 3 minutes").isLessThan(deadline);
                Thread.sleep(200);
            }
            assertThat(out.toString()).contains("  demo:", "bootstrap.servers", "export DEMO_API_TOKEN=");

            Path mine = Files.createDirectories(dir.resolve("mine"));
            Files.copy(work.resolve("environment/crosscheck.yaml"), mine.resolve("crosscheck.yaml"));
            Files.writeString(mine.resolve("mine.yaml"), """
                    scenario: My own scenario against the served demo
                    steps:
                      - call: { url: /customers/1001 }
                        expect:
                          status: 200
                          body.first_name: Ada
                      - query:
                          sql: SELECT count(*) AS n FROM meter_readings WHERE meter_id = ${'M-1001'}
                          datasource: consumption
                        expect:
                          rows[0].n: 12
                    """);
            StringWriter runOut = new StringWriter();
            int runCode = Main.execute(new String[] {"run", mine.toString(), "--report-dir", dir.resolve("mine-reports").toString()},
                    new PrintWriter(runOut, true), new PrintWriter(runOut, true));
            assertThat(runCode).as(runOut.toString()).isZero();
        } finally {
            serve.interrupt();
            serve.join(60_000);
        }
        assertThat(serve.isAlive()).isFalse();
        assertThat(code.get()).isZero();
        assertThat(out.toString()).contains("crosscheck demo: stopped");
    }

    private static long scenarioFiles() throws Exception {
        try (Stream<Path> files = Files.walk(SCENARIOS)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("crosscheck.yaml")).toList();
            return yaml.size();
        }
    }
}
