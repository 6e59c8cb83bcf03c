package io.crosscheck.cli;

import static io.crosscheck.cli.Outcome.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.testkit.kafka.KafkaBroker;
import io.crosscheck.testkit.kafka.KafkaBrokerExtension;
import io.crosscheck.testkit.solr.SolrExtension;
import io.crosscheck.testkit.solr.SolrServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which service is the culprit (spec §8), end to end: a billing service on 127.0.0.1 reads the call's traceparent,
 * logs an ERROR with its trace id into a real Solr core, the gateway logs before and after it into a real Kafka topic,
 * and billing answers 500. The failed scenario's reports name billing; a third source, a database that is down, is
 * noted and the run goes on; a passed scenario reads nothing unless --evidence always.
 */
@ExtendWith({SolrExtension.class, KafkaBrokerExtension.class}) // Solr first: it boots while the broker starts
class CulpritIT {
    static final String TOPIC = "culprit-app-logs";
    static final String CORE = "culprit_logs";
    private static TracedServices service;
    private static final ObjectMapper json = new ObjectMapper();
    private static String solrUrl;

    @TempDir
    static Path dir;


    @BeforeAll
    static void start(KafkaBroker kafka, SolrServer solr) throws Exception {
        kafka.createTopic(TOPIC, 2);
        solr.createCollection(CORE);
        solrUrl = solr.url();
        service = TracedServices.start(kafka.bootstrapServers(), TOPIC, solr.url() + "/" + CORE);
        Files.writeString(dir.resolve("crosscheck.yaml"), config(kafka, "jdbc:postgresql://127.0.0.1:1/audit", """
                  - name: service logs
                    solr: { connection: logs, collection: %s, q: "traceId:${trace.id}", sort: ts asc }
                    fields: { time: ts, service: service, level: level, message: message }
                  - name: app-logs topic
                    kafka: { cluster: main, topic: %s, match: "value.traceId == trace.id" }
                    fields: { time: timestamp, service: value.service, level: value.level, message: value.message }
                  - name: billing audit
                    sql: { datasource: audit, sql: "SELECT at, level, message FROM audit WHERE trace_id = ${trace.id}" }
                    fields: { time: at, service: "'billing'", level: level, message: message }
                    timeout: 3s
                """.formatted(CORE, TOPIC)));
        scenarios(dir);
    }

    private static String config(KafkaBroker kafka, String jdbcUrl, String evidence) {
        return """
                environments:
                  local:
                    vars: { url: "http://127.0.0.1:%d" }
                    kafka: { main: { bootstrap.servers: "%s" } }
                    solr: { logs: { url: "%s" } }
                    sql: { audit: { url: "%s", user: app, password: app, connectionTimeout: 1s } }
                evidence:
                """.formatted(service.port(), kafka.bootstrapServers(), solrUrl, jdbcUrl) + evidence;
    }

    private static void scenarios(Path project) throws IOException {
        Path scenarios = Files.createDirectories(project.resolve("scenarios"));
        Files.writeString(scenarios.resolve("bill.yaml"), """
                scenario: A bill is issued
                steps:
                  - call: { method: POST, url: "${url}/bills", json: { plan: gold } }
                    expect: { status: 201 }
                """);
        Files.writeString(scenarios.resolve("health.yaml"), """
                scenario: The gateway is up
                steps:
                  - call: { url: "${url}/health" }
                    expect: { status: 200 }
                """);
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
    }


    private static JsonNode scenario(Path reports, String name) throws IOException {
        for (JsonNode s : json.readTree(reports.resolve("results.json").toFile()).path("scenarios")) {
            if (s.path("name").asText().equals(name)) return s;
        }
        throw new AssertionError("no scenario " + name);
    }

    @Test
    void theFailedScenariosReportsNameTheServiceThatBrokeAndNoteTheSourceThatIsDown() throws Exception {
        Path reports = dir.resolve("on-failure");
        Outcome o = cli("run", dir.resolve("scenarios").toString(), "--report-dir", reports.toString());
        assertThat(o.code()).as(o.out() + o.err()).isEqualTo(1);
        JsonNode bill = scenario(reports, "A bill is issued");
        assertThat(bill.path("status").asText()).isEqualTo("FAILED");
        assertThat(bill.path("culprit").path("service").asText()).isEqualTo("billing");
        assertThat(bill.path("culprit").path("source").asText()).isEqualTo("service logs");
        assertThat(bill.path("culprit").path("message").asText()).isEqualTo("no tariff for plan gold <b>sic</b>");
        assertThat(bill.path("traceId").asText()).matches("[0-9a-f]{32}");
        StringBuilder timeline = new StringBuilder();
        bill.path("evidence").forEach(l -> timeline.append(l.path("service").asText()).append(' ')
                .append(l.path("level").asText()).append(" (").append(l.path("source").asText()).append(")\n"));
        assertThat(timeline.toString()).isEqualTo("""
                gateway INFO (app-logs topic)
                billing ERROR (service logs)
                gateway ERROR (app-logs topic)
                """);
        assertThat(bill.path("evidenceFailures")).hasSize(1);
        assertThat(bill.path("evidenceFailures").get(0).path("source").asText()).isEqualTo("billing audit");
        assertThat(bill.path("evidenceFailures").get(0).path("reason").asText()).startsWith("cannot connect to datasource 'audit'");
        System.out.println("the source that is down is noted: " + bill.path("evidenceFailures").get(0));

        assertThat(o.out()).containsPattern("\n {6}likely culprit: billing at \\d\\d:\\d\\d:\\d\\d — no tariff for plan gold");
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("likely culprit: billing at ");
        assertThat(Files.readString(reports.resolve("index.html"))).doesNotContain("<b>sic</b>");

        JsonNode health = scenario(reports, "The gateway is up");
        assertThat(health.path("status").asText()).isEqualTo("PASSED");
        assertThat(health.path("evidence")).isEmpty();
        assertThat(health.path("evidenceFailures")).isEmpty();
        assertThat(health.has("traceId")).isFalse();
    }

    @Test
    void aPassedScenarioIsReadOnlyWithEvidenceAlways() throws Exception {
        Path reports = dir.resolve("always");
        Outcome o = cli("run", dir.resolve("scenarios/health.yaml").toString(), "--report-dir", reports.toString(),
                "--evidence", "always");
        assertThat(o.code()).as(o.out() + o.err()).isZero();
        JsonNode health = scenario(reports, "The gateway is up");
        assertThat(health.path("evidence")).hasSize(1);
        assertThat(health.path("evidence").get(0).path("message").asText()).isEqualTo("health check");
        assertThat(health.path("culprit").isNull()).isTrue();

        Path never = dir.resolve("never");
        cli("run", dir.resolve("scenarios/bill.yaml").toString(), "--report-dir", never.toString(), "--evidence", "never");
        assertThat(scenario(never, "A bill is issued").path("evidence")).isEmpty();
    }

    /**
     * What gathering adds to a failed scenario with three live sources (Solr, Kafka, and an H2 database for SQL), next
     * to what each source adds alone, i.e. its own query time (connecting included: every run opens its connections):
     * read at once, the three cost about the slowest one, not their sum. The time added is the time from the
     * scenario's start to its end as the run reports it, minus the scenario's own duration. Printed.
     */
    @Test
    void eachSourceAloneAndAllThreeAnswerAndTheTimeGatheringAddsIsPrinted(KafkaBroker kafka) throws Exception {
        String h2 = "jdbc:h2:mem:audit;DB_CLOSE_DELAY=-1;INIT=CREATE TABLE IF NOT EXISTS audit(at TIMESTAMP,"
                + " level VARCHAR(10), message VARCHAR(200), trace_id VARCHAR(32))";
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        sources.put("solr", """
                  - name: service logs
                    solr: { connection: logs, collection: %s, q: "traceId:${trace.id}", sort: ts asc }
                    fields: { time: ts, service: service, level: level, message: message }
                """.formatted(CORE));
        sources.put("kafka", """
                  - name: app-logs topic
                    kafka: { cluster: main, topic: %s, match: "value.traceId == trace.id" }
                    fields: { time: timestamp, service: value.service, level: value.level, message: value.message }
                """.formatted(TOPIC));
        sources.put("sql", """
                  - name: billing audit
                    sql: { datasource: audit, sql: "SELECT at, level, message FROM audit WHERE trace_id = ${trace.id}" }
                    fields: { time: at, service: "'billing'", level: level, message: message }
                """);
        sources.put("all three", String.join("", sources.values()));
        Map<String, Long> added = new java.util.LinkedHashMap<>();
        long never = 0;
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path project = Files.createDirectories(dir.resolve("perf-" + e.getKey().replace(' ', '-')));
            Files.writeString(project.resolve("crosscheck.yaml"), config(kafka, h2, e.getValue()));
            scenarios(project);
            added.put(e.getKey(), medianAdded(project, io.crosscheck.engine.model.EvidenceMode.ON_FAILURE));
            never = Math.max(never, medianAdded(project, io.crosscheck.engine.model.EvidenceMode.NEVER));
        }
        long slowest = Math.max(added.get("solr"), Math.max(added.get("kafka"), added.get("sql")));
        long sum = added.get("solr") + added.get("kafka") + added.get("sql");
        System.out.printf("evidence gathering, ms added to a failed scenario (median of 5): %s; slowest source alone %d,"
                + " sum of the three %d; with --evidence never %d%n", added, slowest, sum, never);
    }

    /** The median time gathering added to the failing scenario over five runs (a first one warms up), in ms. */
    private static long medianAdded(Path project, io.crosscheck.engine.model.EvidenceMode mode) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long[] started = new long[1];
            long[] ended = new long[1];
            io.crosscheck.engine.spi.report.RunListener clock = new io.crosscheck.engine.spi.report.RunListener() {
                @Override
                public void scenarioStarted(String id, String name, io.crosscheck.engine.result.Position at) {
                    started[0] = System.nanoTime();
                }

                @Override
                public void scenarioFinished(io.crosscheck.engine.result.ScenarioResult r) {
                    ended[0] = System.nanoTime();
                }
            };
            var run = io.crosscheck.engine.Crosscheck.run(io.crosscheck.engine.RunOptions.of(project.resolve("scenarios/bill.yaml"))
                    .evidence(mode), clock);
            var s = run.scenarios().get(0);
            assertThat(s.evidence().failures()).isEmpty();
            if (i > 0) times.add((ended[0] - started[0]) / 1_000_000 - s.durationMs());
        }
        java.util.Collections.sort(times);
        return times.get(times.size() / 2);
    }

    @Test
    void aBadEvidenceValueIsUsageErrorNamingTheChoices() {
        Outcome o = cli("run", dir.resolve("scenarios").toString(), "--evidence", "sometimes");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("--evidence must be on-failure, always or never, not 'sometimes'");
    }
}
