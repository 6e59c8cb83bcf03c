package io.crosscheck.steps.solr;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parse and validation of solr steps, before anything runs: every problem at its line and column. */
class SolrStepValidationTest {
    @TempDir
    Path dir;

    private List<Problem> validate(String scenarioYaml) throws Exception {
        return SolrConnections.project(dir, """
                        logs: { url: "http://127.0.0.1:9/solr" }
                        orders: { url: "http://127.0.0.1:9/solr" }
                        """)
                .file("search.yaml", scenarioYaml).validate();
    }

    private static String where(Problem p) {
        return p.position().line() + ":" + p.position().column();
    }

    @Test
    void everyFieldIsAccepted() throws Exception {
        List<Problem> problems = validate("""
                scenario: all fields
                setup:
                  - query:
                      solr: { collection: logs, add: [{ id: "1", level: ERROR }, "${doc}"], commit: true, commitWithin: 1s }
                      connection: logs
                steps:
                  - query:
                      solr:
                        collection: logs
                        q: "level:ERROR AND traceId:${traceId}"
                        fq: ["service:billing", "ts:[NOW-1DAY TO *]"]
                        sort: ts desc
                        rows: 50
                        start: 0
                        fl: [id, level]
                        facet: { fields: [level, service], limit: 10, mincount: 1 }
                        params: { defType: lucene, q.op: AND }
                      connection: orders
                teardown:
                  - query: { solr: { collection: logs, deleteByQuery: "traceId:${traceId}", deleteById: [a, b], commit: true }, connection: logs }
                  - query: { solr: { collection: logs, commit: true }, connection: logs }
                """);
        assertThat(problems).isEmpty();
    }

    @Test
    void searchingAndChangingInOneStepIsRefusedAtTheSearchKey() throws Exception {
        List<Problem> problems = validate("""
                scenario: mixed
                steps:
                  - query:
                      solr: { collection: logs, add: { id: "1" }, q: "*:*" }
                      connection: logs
                """);
        assertThat(problems).extracting(SolrStepValidationTest::where).containsExactly("4:51");
        assertThat(problems.get(0).message()).contains("a solr step either searches (q, fq, sort, rows, start, fl, facet) or changes documents");
    }

    @Test
    void typosAndMissingKeysAreReportedWithSuggestions() throws Exception {
        List<Problem> problems = validate("""
                scenario: typos
                steps:
                  - query:
                      solr:
                        colection: logs
                        q: "*:*"
                        rows: many
                      connection: logs
                """);
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("unknown key 'colection'"))
                .anySatisfy(m -> assertThat(m).contains("missing key 'collection'"))
                .anySatisfy(m -> assertThat(m).contains("expected a number, got 'many'"));
        assertThat(problems).filteredOn(p -> p.message().contains("colection"))
                .extracting(SolrStepValidationTest::where).containsExactly("5:9");
        assertThat(problems).filteredOn(p -> p.message().contains("colection")).first()
                .extracting(Problem::hint).asString().contains("did you mean 'collection'?");
    }

    @Test
    void unknownConnectionIsReportedAtItsName() throws Exception {
        List<Problem> problems = validate("""
                scenario: unknown connection
                steps:
                  - query:
                      solr: { collection: logs }
                      connection: lgos
                """);
        assertThat(problems).extracting(SolrStepValidationTest::where).containsExactly("5:19");
        assertThat(problems.get(0).message()).contains("'lgos'");
    }

    @Test
    void badDocumentsNegativeRowsAndEmptyFacetsAreReported() throws Exception {
        List<Problem> problems = validate("""
                scenario: bad values
                steps:
                  - query:
                      solr: { collection: logs, add: [{ id: "1" }, just text] }
                      connection: logs
                  - query:
                      solr: { collection: logs, rows: -1, facet: { limit: 5 } }
                      connection: logs
                  - query:
                      solr: { collection: logs, commit: false }
                      connection: logs
                """);
        assertThat(problems).extracting(p -> where(p) + " " + p.message()).containsExactly(
                "4:52 a document to add must be a map of field: value",
                "7:39 rows must be 0 or more, got -1",
                "7:50 missing key 'fields'",
                "10:13 nothing to do");
    }

    @Test
    void anUnknownConnectionPropertyIsReportedBeforeAnythingRuns() throws Exception {
        SolrConnections.project(dir, "logs: { url: \"http://127.0.0.1:9/solr\", colour: red }")
                .file("s.yaml", """
                        scenario: bad property
                        steps:
                          - query: { solr: { collection: logs } }
                        """);
        List<Problem> problems = Crosscheck.validate(RunOptions.of(dir));
        assertThat(problems).extracting(p -> p.position().file().endsWith("crosscheck.yaml") + " " + where(p))
                .containsExactly("true 5:47");
        assertThat(problems.get(0).message()).contains("'colour'");
    }
}
