package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Parse and validation of produce and wait-on-topic steps: every problem at its exact line and column. */
class KafkaStepValidationTest {
    @TempDir
    Path dir;

    private List<Problem> validate(String scenarioYaml) throws Exception {
        return KafkaProject.of(dir, """
                main: { bootstrap.servers: "127.0.0.1:9" }
                audit: { bootstrap.servers: "127.0.0.1:9" }
                """).file("orders.yaml", scenarioYaml).validate();
    }

    private static String where(Problem p) {
        return p.position().line() + ":" + p.position().column();
    }

    @Test
    void aValidFileHasNoProblems() throws Exception {
        List<Problem> problems = validate("""
                scenario: all fields
                steps:
                  - produce:
                      topic: orders
                      cluster: main
                      key: ${uuid()}
                      value: { id: "${index}", items: [1, 2] }
                      headers: { traceId: abc }
                      partition: 0
                      repeat: 3
                  - wait:
                      topic: orders
                      cluster: audit
                      match: value.id == '1' && headers.traceId == 'abc'
                      count: 2
                      from: earliest
                      timeout: 5s
                  - wait: { topic: orders, cluster: main, from: scenario-start }
                  - wait: { topic: orders, cluster: main, from: latest }
                """);
        assertThat(problems).isEmpty();
    }

    @Test
    void unknownClusterIsReportedAtItsName() throws Exception {
        List<Problem> problems = validate("""
                scenario: unknown cluster
                steps:
                  - produce:
                      topic: orders
                      cluster: mian
                      value: x
                  - wait: { topic: orders, cluster: nope }
                """);
        assertThat(problems).extracting(KafkaStepValidationTest::where).containsExactly("5:16", "7:37");
        assertThat(problems.get(0).message()).contains("unknown kafka connection 'mian'");
        assertThat(problems.get(0).hint()).contains("did you mean 'main'?");
        assertThat(problems.get(0).format()).startsWith(problems.get(0).position().file() + ":5:16: error:")
                .contains("cluster: mian");
        assertThat(problems.get(1).message()).contains("unknown kafka connection 'nope'");
    }

    @Test
    void withoutClusterNameTwoConfiguredClustersAreAmbiguous() throws Exception {
        List<Problem> problems = validate("""
                scenario: ambiguous
                steps:
                  - produce: { topic: orders, value: x }
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(where(p)).isEqualTo("3:14");
            assertThat(p.message()).contains("several kafka connections").contains("main, audit");
        });
    }

    @Test
    void misspelledKeyGetsASuggestion() throws Exception {
        List<Problem> problems = validate("""
                scenario: typo
                steps:
                  - produce:
                      topc: orders
                      cluster: main
                """);
        assertThat(problems).extracting(KafkaStepValidationTest::where, Problem::message)
                .contains(org.assertj.core.groups.Tuple.tuple("4:7", "unknown key 'topc'"));
        assertThat(problems.stream().filter(p -> p.message().equals("unknown key 'topc'")).findFirst().orElseThrow().hint())
                .isEqualTo("did you mean 'topic'?");
        assertThat(problems).extracting(Problem::message).contains("missing key 'topic'");
    }

    @Test
    void waitNeedsATopic() throws Exception {
        List<Problem> problems = validate("""
                scenario: no topic
                steps:
                  - wait:
                      topic:
                      cluster: main
                """);
        assertThat(problems).extracting(KafkaStepValidationTest::where, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4:7", "missing key 'topic'"));
    }

    @Test
    void badNumbersAreReportedAtTheirValues() throws Exception {
        List<Problem> problems = validate("""
                scenario: numbers
                steps:
                  - produce:
                      topic: orders
                      cluster: main
                      partition: -1
                      repeat: many
                  - produce: { topic: orders, cluster: main, repeat: 0 }
                  - produce: { topic: orders, cluster: main, repeat: "${n}", partition: "${index % 3}" }
                  - wait: { topic: orders, cluster: main, count: 0 }
                """);
        assertThat(problems).extracting(KafkaStepValidationTest::where, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("6:18", "partition must be 0 or more, got -1"),
                org.assertj.core.groups.Tuple.tuple("7:15", "expected a whole number (1 or more) or a ${...} template, got 'many'"),
                org.assertj.core.groups.Tuple.tuple("8:54", "repeat must be 1 or more, got 0"),
                org.assertj.core.groups.Tuple.tuple("10:50", "count must be 1 or more, got 0"));
    }

    @Test
    void badFromTimeoutAndMatchAreReportedAtTheirValues() throws Exception {
        List<Problem> problems = validate("""
                scenario: wait keys
                steps:
                  - wait:
                      topic: orders
                      cluster: main
                      from: yesterday
                      timeout: soon
                  - wait:
                      topic: orders
                      cluster: main
                      match: value.id ==
                """);
        assertThat(problems).extracting(KafkaStepValidationTest::where).containsExactly("6:13", "7:16", "11:14");
        assertThat(problems.get(0).message()).isEqualTo("unknown value 'yesterday'");
        assertThat(problems.get(0).hint()).isEqualTo("one of: scenario-start, earliest, latest");
        assertThat(problems.get(1).message()).isEqualTo("bad duration 'soon'");
        assertThat(problems.get(2).message()).startsWith("bad expression");
    }

    @Test
    void waitForTimeIsNotAKafkaWait() throws Exception {
        assertThat(validate("""
                scenario: delay
                steps:
                  - wait: { for: 10ms }
                """)).isEmpty();
    }
}
