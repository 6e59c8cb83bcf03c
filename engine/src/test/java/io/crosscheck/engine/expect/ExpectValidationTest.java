package io.crosscheck.engine.expect;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.load.SourceFile;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.spi.step.Problems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectValidationTest {
    private final Matchers matchers = new Matchers(new ExpressionEngine(new Secrets(Map.of())));

    private List<String> problems(String yaml) {
        SourceFile source = SourceFile.of("s.yaml", yaml);
        Problems problems = new Problems(p -> source.line(p.line()));
        ConfigNode root = new YamlLoader().load(source, yaml, problems).get(0);
        assertThat(problems.list()).isEmpty();
        matchers.validate(root.get("expect").orElseThrow(), problems);
        return problems.list().stream().map(Problem::format).map(s -> s.split("\n")[0]).toList();
    }

    @Test
    void aValidExpectHasNoProblems() {
        assertThat(problems("""
                expect:
                  status: 201
                  body.items[0].id: ${customerId}
                  rows[0].amount: { gt: 0, lt: 1000 }
                  rows: { size: { gt: 0 } }
                  body.name: { matches: '^[A-Z][a-z]+$', type: string }
                  body.customer: { name: Ann, active: true }
                  $.body[?(@.type=='PushEvent')]: { size: 3 }
                  body: { schema: { type: object, required: [id] } }
                  headers: { schema: src/test/resources/expect/headers.schema.json }
                  note: { exists: false }
                  state: { oneOf: [NEW, ISSUED] }
                  that:
                    - count == size(rows)
                    - groupCount(rows, 'status').ISSUED == 1
                """)).isEmpty();
    }

    @Test
    void aMisspeltOperatorIsReportedAtItsKeyWithASuggestion() {
        assertThat(problems("""
                expect:
                  rows[0].amount: { gtt: 0 }
                """)).singleElement().asString()
                .startsWith("s.yaml:2:21: error: unknown matcher 'gtt' (did you mean 'gt'?");
    }

    @Test
    void operatorArgumentsAreChecked() {
        assertThat(problems("""
                expect:
                  a: { matches: '([a-z]' }
                  b: { type: strng }
                  c: { size: -1 }
                  d: { size: { gt: many } }
                  e: { exists: maybe }
                  f: { oneOf: NEW }
                  g: { gt: [1, 2] }
                  h: { size: { bigger: 1 } }
                """)).containsExactly(
                "s.yaml:2:17: error: bad regular expression: Unclosed group near index 6",
                "s.yaml:3:14: error: type is one of string|number|boolean|object|array|null (did you mean 'string'?; "
                        + "to compare with a literal map that has a 'type' key, write eq: {type: ...})",
                "s.yaml:4:14: error: size takes a whole number or an operator map (e.g. size: 3 or size: {gt: 0})",
                "s.yaml:5:20: error: size gt takes a number (e.g. size: {gt: 0})",
                "s.yaml:6:16: error: exists takes true or false (e.g. exists: true)",
                "s.yaml:7:15: error: oneOf takes a list of values (e.g. oneOf: [NEW, ISSUED])",
                "s.yaml:8:12: error: gt compares with a number or a text (e.g. gt: 0)",
                "s.yaml:9:16: error: size takes a number or one of eq, ne, gt, gte, lt, lte, oneOf, not 'bigger'");
    }

    @Test
    void badPathsTemplatesAndThatExpressionsAreReported() {
        assertThat(problems("""
                expect:
                  rows[0.amount: 1
                  $.body[?(@.x: 1
                  status: ${nope
                  that:
                    - count ==
                """)).hasSize(4).satisfies(list -> {
                    assertThat(list.get(0)).startsWith("s.yaml:2:3: error: bad path 'rows[0.amount'");
                    assertThat(list.get(1)).startsWith("s.yaml:3:3: error: bad path '$.body[?(@.x'");
                    assertThat(list.get(2)).startsWith("s.yaml:4:11: error: bad template: unclosed ${");
                    assertThat(list.get(3)).startsWith("s.yaml:6:7: error: bad expression: syntax error");
                });
    }

    @Test
    void aBadPathIsReportedAtEveryExpectThatHasItNotOnlyTheFirst() {
        String yaml = "expect:\n  rows[0.amount: 1\n";
        assertThat(problems(yaml)).singleElement().asString().startsWith("s.yaml:2:3: error: bad path 'rows[0.amount'");
        // again: the second time the path's verdict comes from the cache of parsed paths
        assertThat(problems(yaml)).singleElement().asString().startsWith("s.yaml:2:3: error: bad path 'rows[0.amount'");
        assertThat(problems("expect:\n  status: 200\n  rows[0.amount: 1\n")).singleElement().asString()
                .startsWith("s.yaml:3:3: error: bad path 'rows[0.amount'");
    }

    @Test
    void aLiteralMapWithOrdinaryKeysIsNotMistakenForOperators() {
        assertThat(problems("""
                expect:
                  body: { name: Ann, id: 1, size: 3 }
                  customer: { name: Ann }
                """)).isEmpty();
    }

    @Test
    void expectMustBeAMap() {
        assertThat(problems("""
                expect: [status, 200]
                """)).singleElement().asString().startsWith("s.yaml:1:9: error: expect must be a map of PATH: MATCHER");
    }
}
