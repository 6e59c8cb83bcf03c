package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.plan.StepRegistry;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.steps.AssertHandler;
import io.crosscheck.engine.steps.DelayHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema problems read like the parser's, at the file:line:column of the node they are about. */
class SchemaValidatorTest {
    private static final SchemaValidator CORE = RepositorySchema.scenarios();

    private static List<String> problems(String yaml) {
        return CORE.messages(Documents.one(yaml));
    }

    @Test
    void aValidScenarioHasNoProblem() {
        assertThat(problems("""
                scenario: ok
                steps:
                  - call: { url: /a }
                    expect: { status: 200 }
                  - assert: [ "true" ]
                """)).isEmpty();
    }

    @Test
    void aMisspeltVerbIsAnUnknownKeyWithTheClosestVerb() {
        assertThat(problems("""
                scenario: x
                steps:
                  - cal: { url: /a }
                """)).containsExactly("s.yaml:3:5: unknown key 'cal' in step (did you mean 'call'?)");
    }

    @Test
    void aStepNeedsExactlyOneVerb() {
        assertThat(problems("""
                scenario: x
                steps:
                  - name: nothing
                  - call: { url: /a }
                    assert: [ x ]
                """)).containsExactly(
                "s.yaml:3:5: step needs one of: call, produce, wait, query, assert, use",
                "s.yaml:5:5: step takes one of call, produce, wait, query, assert, use, found call and assert (split it)");
    }

    @Test
    void keysOfAVerbAreCheckedAtTheirPosition() {
        assertThat(problems("""
                scenario: x
                steps:
                  - call: { url: /a, mehtod: GET, json: {}, body: x }
                  - call: { url: /a, method: FETCH }
                """)).containsExactly(
                "s.yaml:3:11: a call has at most one of json, body, form, multipart",
                "s.yaml:3:22: unknown key 'mehtod' in call (did you mean 'method'?)",
                "s.yaml:4:30: expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or a ${...} template, got 'FETCH'");
    }

    @Test
    void durationsNumbersAndEnumsSayWhatIsExpected() {
        assertThat(problems("""
                scenario: x
                steps:
                  - wait: { for: soon }
                  - wait: { topic: t, count: 0, from: now, timeout: -1 }
                  - produce: { topic: t, partition: -1, repeat: abc }
                  - assert: [ x ]
                    timeout: 30
                    retry: { every: 1s }
                """)).containsExactly(
                "s.yaml:3:18: expected a duration such as 30s, or a number of seconds, got 'soon'",
                "s.yaml:4:30: count must be 1 or more, got 0",
                "s.yaml:4:39: from: unknown value 'now' (one of: scenario-start, earliest, latest)",
                "s.yaml:4:53: timeout must be more than 0, got -1",
                "s.yaml:5:37: partition must be 0 or more, got -1",
                "s.yaml:5:49: expected a whole number (1 or more) or a ${...} template, got 'abc'",
                "s.yaml:7:14: expected a duration such as 250ms, 30s, 2m, 1h or PT30S, got '30'",
                "s.yaml:8:12: missing key 'timeout' in retry");
    }

    @Test
    void queryFormsAreChosenByTheirKey() {
        assertThat(problems("""
                scenario: x
                steps:
                  - query: { sql: "select 1", datasorce: b }
                  - query: { sol: {} }
                  - query: { }
                  - query: { solr: { collection: logs, q: x, commit: true } }
                  - query: { cql: "select 1", consistency: MOST }
                """)).containsExactly(
                "s.yaml:3:31: unknown key 'datasorce' in query (did you mean 'datasource'?)",
                "s.yaml:4:14: unknown key 'sol' in query (did you mean 'sql'?)",
                "s.yaml:5:12: query needs one of: sql, cql, scan, balance, solr",
                "s.yaml:6:20: a solr step either searches (q, fq, sort, rows, start, fl, facet) or changes documents"
                        + " (add, deleteByQuery, deleteById, commit, commitWithin): split it into two steps",
                "s.yaml:7:44: consistency: unknown value 'MOST' (one of: ANY, ONE, TWO, THREE, QUORUM, ALL, LOCAL_ONE, LOCAL_QUORUM,"
                        + " EACH_QUORUM, SERIAL, LOCAL_SERIAL)");
    }

    @Test
    void aBranchOfTheWrongTypeIsNotWhatTheUserMeant() {
        // report takes an item or a list of items: a misspelt key of the item is the problem, not "expected a list"
        assertThat(problems("""
                scenario: x
                steps:
                  - assert: [ x ]
                    report: { tabel: rows }
                  - assert: [ x ]
                    report: 3
                """)).containsExactly(
                "s.yaml:4:15: unknown key 'tabel' in report (did you mean 'table'?)",
                "s.yaml:6:13: expected a report item ({table} or {chart}) or a list of them, got '3'");
    }

    @Test
    void pluginVerbsAreMergedFromTheFragmentsTheirJarsShip() {
        List<StepHandler<?>> handlers = new ArrayList<>(List.of(new AssertHandler(), new DelayHandler(),
                new TestPlugins.Echo(), new TestPlugins.Ping(), new TestPlugins.Signal()));
        SchemaValidator merged = SchemaValidator.scenarios(StepRegistry.of(handlers).handlers());
        assertThat(merged.messages(Documents.one("""
                scenario: plugins
                steps:
                  - echo: { text: hi, delay: 1s }
                  - ping: { anything: [ goes ] }
                  - wait: { signal: ready, within: 2s }
                  - wait: { for: 1s }
                """))).isEmpty();
        assertThat(merged.messages(Documents.one("""
                scenario: plugins
                steps:
                  - echo: { txt: hi }
                  - wait: { signal: ready, within: soon }
                  - ecko: { text: hi }
                """))).containsExactly(
                "s.yaml:3:11: missing key 'text' in echo",
                "s.yaml:3:13: unknown key 'txt' in echo (did you mean 'text'?)",
                "s.yaml:4:36: expected a duration such as 250ms, 30s, 2m, 1h or PT30S, got 'soon'",
                "s.yaml:5:5: unknown key 'ecko' in step (did you mean 'echo'?)");
        assertThat(merged.schema().at("/$defs/step/properties").has("ping")).isTrue();
        assertThat(merged.schema().at("/$defs/wait/properties").has("within")).isTrue();
    }

    @Test
    void theCoreSchemaRefusesAVerbItDoesNotKnow() {
        assertThat(problems("""
                scenario: x
                steps:
                  - echo: { text: hi }
                """)).singleElement().asString().startsWith("s.yaml:3:5: unknown key 'echo' in step");
    }
}
