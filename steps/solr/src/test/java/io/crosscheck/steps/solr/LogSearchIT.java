package io.crosscheck.steps.solr;

import io.crosscheck.steps.testkit.StepTestKit;

import static io.crosscheck.steps.testkit.StepRun.only;
import static io.crosscheck.steps.testkit.StepRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.kafka.KafkaBroker;
import io.crosscheck.testkit.kafka.KafkaBrokerExtension;
import io.crosscheck.testkit.solr.SolrExtension;
import io.crosscheck.testkit.solr.SolrServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log flow end to end: the example scenario {@code scenarios/logs/log-search.yaml} produces log records to
 * Kafka, an indexer moves them into Solr, and the scenario retries a Solr search until the ERROR entry is there.
 */
@ExtendWith({SolrExtension.class, KafkaBrokerExtension.class}) // Solr first: it boots in the background while the broker starts
class LogSearchIT {
    static final String TOPIC = "app-logs";
    static final Path EXAMPLE = Path.of("../../scenarios/logs/log-search.yaml");
    private static LogIndexer indexer;

    @TempDir
    Path dir;

    @BeforeAll
    static void startIndexer(KafkaBroker kafka, SolrServer solr) throws Exception {
        kafka.createTopic(TOPIC, 1);
        indexer = new LogIndexer(kafka.bootstrapServers(), TOPIC, solr.url() + "/" + SolrServer.LOGS, Duration.ofMillis(500));
    }

    @AfterAll
    static void stopIndexer() throws Exception {
        if (indexer != null) indexer.close();
    }

    @Test
    void theErrorEntryOfATraceIsFoundInSolrOnceIndexed(KafkaBroker kafka, SolrServer solr) throws Exception {
        StepTestKit.in(dir).file("log-search.yaml", Files.readString(EXAMPLE));
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local:
                    kafka: { main: { bootstrap.servers: "%s" } }
                    solr: { logs: { url: "%s" } }
                """.formatted(kafka.bootstrapServers(), solr.url()));

        RunResult run = StepTestKit.in(dir).run().result();

        ScenarioResult scenario = only(run);
        assertThat(scenario.status()).as(scenario.message()).isEqualTo(Status.PASSED);
        StepRecord search = step(scenario, "the error is searchable by trace id");
        Map<?, ?> found = (Map<?, ?>) ((List<?>) ((Map<?, ?>) search.response()).get("rows")).get(0);
        assertThat(found.get("level")).isEqualTo("ERROR");
        assertThat(found.get("message")).isEqualTo("Payment declined: card expired");
        assertThat(found.get("id").toString()).endsWith("-error");
        assertThat(step(scenario, "the trace's entries by level").status()).isEqualTo(Status.PASSED);
        assertThat(indexer.indexed()).isGreaterThanOrEqualTo(4);
        assertThat(step(scenario, "remove the trace's entries").response())
                .isInstanceOfSatisfying(Map.class, r -> assertThat(r.get("deleted")).isEqualTo(4L));
    }
}
