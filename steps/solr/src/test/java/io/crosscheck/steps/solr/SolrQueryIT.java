package io.crosscheck.steps.solr;

import io.crosscheck.steps.testkit.StepTestKit;

import static io.crosscheck.steps.testkit.StepRun.only;
import static io.crosscheck.steps.testkit.StepRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.solr.SolrExtension;
import io.crosscheck.testkit.solr.SolrServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The solr query step against a real Solr: scenarios written to a folder and run by the engine. */
@ExtendWith(SolrExtension.class)
class SolrQueryIT {
    @TempDir
    Path dir;
    private StepTestKit project;
    private SolrServer solr;

    @BeforeEach
    void folder(SolrServer solr) throws Exception {
        this.solr = solr;
        solr.createCollection("query_it");
        project = SolrConnections.project(dir, "logs: { url: \"" + solr.url() + "\" }");
    }

    @Test
    void addsQueriesFacetsAndCleansUp() throws Exception {
        RunResult run = project.file("search.yaml", """
                scenario: add, query, facet
                vars:
                  trace: ${uuid()}
                setup:
                  - name: seed
                    query:
                      solr:
                        collection: query_it
                        add:
                          - { id: "${trace}-1", level: ERROR, service: billing, traceId: "${trace}", message: Payment failed, ts: "2024-05-01T10:00:00Z" }
                          - { id: "${trace}-2", level: INFO, service: billing, traceId: "${trace}", message: Bill issued, ts: "2024-05-01T10:00:01Z" }
                          - { id: "${trace}-3", level: ERROR, service: moving, traceId: "${trace}", message: Address unknown, ts: "2024-05-01T10:00:02Z", tags_ss: [a, b], amount_d: 12.5 }
                        commit: true
                    expect: { added: 3, updated: 3, committed: true }
                steps:
                  - name: newest error
                    query:
                      solr: { collection: query_it, q: "level:ERROR AND traceId:${trace}", sort: ts desc, rows: 1, fl: [id, message, ts, tags_ss, amount_d] }
                    expect:
                      numFound: 2
                      count: 1
                      rows[0].message: Address unknown
                      rows[0].ts: "2024-05-01T10:00:02Z"
                      rows[0].tags_ss: [a, b]
                      rows[0].amount_d: 12.5
                  - name: facets
                    query:
                      solr: { collection: query_it, q: "traceId:${trace}", rows: 0, facet: { fields: [level, service] } }
                    expect:
                      count: 0
                      numFound: 3
                      facets.level.ERROR: 2
                      facets.service: { billing: 2, moving: 1 }
                  - name: filtered
                    query: { solr: { collection: query_it, q: "traceId:${trace}", fq: ["service:billing", "level:INFO"] } }
                    expect:
                      numFound: 1
                      rows[0].message: Bill issued
                  - assert:
                      - query.rows[0].service == 'billing'
                teardown:
                  - name: clean
                    query: { solr: { collection: query_it, deleteByQuery: "traceId:${trace}", commit: true } }
                    expect: { deleted: 3, updated: 3 }
                  - name: gone
                    query: { solr: { collection: query_it, q: "traceId:${trace}" } }
                    expect: { numFound: 0 }
                """).run().result();

        ScenarioResult scenario = only(run);
        assertThat(scenario.status()).as(scenario.message()).isEqualTo(Status.PASSED);
        StepRecord facets = step(scenario, "facets");
        assertThat(facets.response()).isInstanceOfSatisfying(Map.class, r -> assertThat(r.get("facets"))
                .isEqualTo(Map.of("level", Map.of("ERROR", 2L, "INFO", 1L), "service", Map.of("billing", 2L, "moving", 1L))));
        assertThat(facets.request()).containsEntry("connection", "logs")
                .containsEntry("url", solr.url() + "/query_it");
        assertThat(step(scenario, "newest error").response()).isInstanceOfSatisfying(Map.class, r -> assertThat(
                ((java.util.List<?>) r.get("rows")).get(0)).isInstanceOfSatisfying(Map.class, row -> assertThat(row.keySet())
                .containsExactly("id", "message", "ts", "tags_ss", "amount_d")));
    }

    @Test
    void documentsAddedWithoutCommitBecomeVisibleAndARetryWaitsForThem() throws Exception {
        RunResult run = project.file("eventual.yaml", """
                scenario: eventually visible
                vars: { trace: "${uuid()}" }
                steps:
                  - name: add without commit
                    query: { solr: { collection: query_it, add: { id: "${trace}", level: WARN, traceId: "${trace}" }, commitWithin: 5s } }
                    expect: { added: 1, committed: false }
                  # for 5 s a search sees nothing; then a retry waits for the document
                  - name: not visible yet
                    query: { solr: { collection: query_it, q: "traceId:${trace}" } }
                    expect: { numFound: 0 }
                  - name: visible after commitWithin
                    query: { solr: { collection: query_it, q: "traceId:${trace}" } }
                    retry: { timeout: 20s, every: 200ms }
                    expect:
                      numFound: 1
                      rows[0].level: WARN
                """).run().result();

        ScenarioResult scenario = only(run);
        assertThat(scenario.status()).as(scenario.message()).isEqualTo(Status.PASSED);
        assertThat(step(scenario, "visible after commitWithin").attempts()).isGreaterThan(1);
    }

    @Test
    void valuesInQueriesAreLiteralTermsAndListsBecomeOr() throws Exception {
        RunResult run = project.file("escaping.yaml", """
                scenario: escaping
                vars:
                  trace: ${uuid()}
                  odd: "${trace}:a b(c)\\"d"
                  ids: ["${trace}-1", "${trace}-2"]
                steps:
                  - query:
                      solr:
                        collection: query_it
                        add: [{ id: "${trace}-1", traceId: "${odd}" }, { id: "${trace}-2", traceId: "${trace}" }, { id: "${trace}-3", traceId: "${trace}" }]
                        commit: true
                  - name: odd value
                    query: { solr: { collection: query_it, q: "traceId:${odd}" } }
                    expect:
                      numFound: 1
                      rows[0].id: "${trace}-1"
                  - name: list
                    query: { solr: { collection: query_it, q: "id:${ids}" } }
                    expect: { numFound: 2 }
                  - name: whole query from an expression
                    query: { solr: { collection: query_it, q: "${'traceId:' + trace}" } }
                    expect: { numFound: 2 }
                """).run().result();

        ScenarioResult scenario = only(run);
        assertThat(scenario.status()).as(scenario.message()).isEqualTo(Status.PASSED);
        assertThat(step(scenario, "list").request().get("params")).isInstanceOfSatisfying(Map.class,
                p -> assertThat(p.get("q").toString()).startsWith("id:(").contains(" OR "));
    }

    @Test
    void aMapValueIsAnAtomicUpdateThatKeepsTheOtherFields() throws Exception {
        RunResult run = project.file("atomic.yaml", """
                scenario: atomic update
                vars: { trace: "${uuid()}" }
                steps:
                  - query: { solr: { collection: query_it, add: { id: "${trace}", level: INFO, traceId: "${trace}" }, commit: true } }
                  - name: set level
                    query: { solr: { collection: query_it, add: [{ id: "${trace}", level: { set: ERROR } }], commit: true, params: { softCommit: true } } }
                  - name: read back
                    query: { solr: { collection: query_it, q: "id:${trace}" } }
                    expect:
                      numFound: 1
                      rows[0].level: ERROR
                      rows[0].traceId: "${trace}"
                """).run().result();

        ScenarioResult scenario = only(run);
        assertThat(scenario.status()).as(scenario.message()).isEqualTo(Status.PASSED);
        assertThat(step(scenario, "set level").request().get("params")).isInstanceOfSatisfying(Map.class,
                p -> assertThat(p).containsEntry("commit", "true").containsEntry("softCommit", "true"));
    }

    @Test
    void aQuerySyntaxErrorFailsTheStepAtItsPosition() throws Exception {
        RunResult run = project.file("syntax.yaml", """
                scenario: bad query
                steps:
                  - name: broken
                    query: { solr: { collection: query_it, q: "level:(ERROR" } }
                  - name: never
                    query: { solr: { collection: query_it } }
                """).run().result();

        ScenarioResult scenario = only(run);
        assertThat(scenario.status()).isEqualTo(Status.FAILED);
        StepRecord broken = step(scenario, "broken");
        assertThat(broken.status()).isEqualTo(Status.FAILED);
        assertThat(broken.position().file()).endsWith("syntax.yaml");
        assertThat(broken.position().line()).isEqualTo(4);
        assertThat(broken.position().column()).isEqualTo(5);
        assertThat(broken.error()).contains("Solr rejected the request to collection 'query_it' (HTTP 400)")
                .contains("Cannot parse 'level:(ERROR'");
        assertThat(scenario.message()).startsWith("broken: ");
        assertThat(step(scenario, "never").status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void anUnknownCollectionFailsNamingIt() throws Exception {
        RunResult run = project.file("missing.yaml", """
                scenario: missing collection
                steps:
                  - query: { solr: { collection: no_such_core, q: "*:*" } }
                """).run().result();

        ScenarioResult scenario = only(run);
        assertThat(scenario.status()).isEqualTo(Status.FAILED);
        assertThat(scenario.steps().get(0).error()).contains("has no collection 'no_such_core' (HTTP 404)");
    }

    @Test
    void anUnreachableSolrIsAnErrorAndTheRunGoesOn() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        project.environment("solr:\n" + """
                logs: { url: "%s" }
                down: { url: "http://127.0.0.1:%d/solr", connectTimeout: 2s }
                """.formatted(solr.url(), closed).indent(2));
        RunResult run = project
                .file("a-down.yaml", """
                        scenario: solr is down
                        steps:
                          - query: { solr: { collection: logs, q: "*:*" }, connection: down }
                        """)
                .file("b-up.yaml", """
                        scenario: solr is up
                        steps:
                          - query: { solr: { collection: query_it, q: "*:*", rows: 0 }, connection: logs }
                        """).run().result();

        assertThat(run.scenarios()).extracting(ScenarioResult::name, ScenarioResult::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("solr is down", Status.ERROR),
                        org.assertj.core.groups.Tuple.tuple("solr is up", Status.PASSED));
        ScenarioResult down = run.scenarios().stream().filter(s -> s.status() == Status.ERROR).findFirst().orElseThrow();
        assertThat(down.steps().get(0).error())
                .startsWith("cannot reach Solr 'down' at http://127.0.0.1:" + closed + "/solr: connection refused");
        assertThat(down.steps().get(0).failure()).extracting(StepError::kind, StepError::hint)
                .containsExactly(StepError.Kind.UNREACHABLE, "is Solr running, and is the url in crosscheck.yaml right?");
    }
}
