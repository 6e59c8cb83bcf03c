package io.crosscheck.engine.expect;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.result.CheckResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchersTest {
    private final Matchers matchers = new Matchers(new ExpressionEngine(new Secrets(Map.of("API_KEY", "k-999"))));
    private final Scope scope = Scope.root(Map.of("customerId", 42L, "expected", "ISSUED"));
    private final Map<String, Object> result = result();

    private static Map<String, Object> result() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("status", "ISSUED");
        row.put("amount", -3);
        row.put("customer_id", 42);
        row.put("note", null);
        return Map.of(
                "status", 201,
                "count", 1,
                "rows", List.of(row),
                "body", Map.of("id", "c-42", "items", List.of(1, 2, 3), "total", new BigDecimal("12.50"),
                        "customer", customer()));
    }

    private static Map<String, Object> customer() {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", "Ann");
        customer.put("active", true);
        return customer;
    }

    private CheckResult one(String path, Object matcher) {
        List<CheckResult> results = all(path, matcher);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private List<CheckResult> all(String path, Object matcher) {
        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put(path, matcher);
        return matchers.check(expect, result, scope, Path.of("."));
    }

    private static Map<String, Object> op(String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(name, value);
        return m;
    }

    @Test
    void literalsCompareNumbersByValueAndStructuresDeeply() {
        assertThat(one("status", 201).passed()).isTrue();
        assertThat(one("status", 201.0).passed()).isTrue();
        assertThat(one("body.total", 12.5).passed()).isTrue();
        assertThat(one("body.items", List.of(1L, 2L, 3L)).passed()).isTrue();
        assertThat(one("body.customer", Map.of("active", true, "name", "Ann")).passed()).isTrue();
        assertThat(one("rows[0].customer_id", "${customerId}").passed()).isTrue();
        assertThat(one("rows[0].status", "${expected}").passed()).isTrue();
        assertThat(one("rows[0].note", null).passed()).isTrue();
    }

    @Test
    void anExpectedTemplateReadsTheResultsEntriesEvenAfterPlainValues() {
        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put("status", 201);
        expect.put("count", "${rows[0].customer_id - 41}");
        expect.put("rows[0]", Map.of("customer_id", "${customerId}", "status", "${rows[0].status}", "amount", -3,
                "note", "${result.rows[0].note}"));
        expect.put("that", "count == 1");

        assertThat(matchers.check(expect, result, scope, Path.of("."))).extracting(CheckResult::passed)
                .containsExactly(true, true, true, true);
    }

    @Test
    void aFailingLiteralSaysExpectedAndWas() {
        CheckResult r = one("status", 404);
        assertThat(r.passed()).isFalse();
        assertThat(r.matcher()).isEqualTo("eq");
        assertThat(r.message()).isEqualTo("status: expected 404, was 201");
        assertThat(r.expected()).isEqualTo(404);
        assertThat(r.actual()).isEqualTo(201);
        assertThat(one("body.id", 42).message()).isEqualTo("body.id: expected 42, was 'c-42'");
        Map<String, Object> bob = new LinkedHashMap<>();
        bob.put("name", "Bob");
        bob.put("active", true);
        assertThat(one("body.customer", bob).message())
                .isEqualTo("body.customer: expected {\"name\":\"Bob\",\"active\":true}, was {\"name\":\"Ann\",\"active\":true}");
    }

    @Test
    void comparisonOperators() {
        assertThat(one("rows[0].amount", op("gt", 0)).message()).isEqualTo("rows[0].amount: expected > 0, was -3");
        assertThat(one("rows[0].amount", op("lt", 0)).passed()).isTrue();
        assertThat(one("rows[0].amount", op("lte", -3.0)).passed()).isTrue();
        assertThat(one("rows[0].amount", op("gte", -2)).message()).isEqualTo("rows[0].amount: expected >= -2, was -3");
        assertThat(one("body.total", op("gt", new BigDecimal("12.49"))).passed()).isTrue();
        assertThat(one("rows[0].status", op("gt", "A")).passed()).isTrue();
        assertThat(one("rows[0].note", op("gt", 0)).message()).isEqualTo("rows[0].note: expected > 0, but was null");
        assertThat(one("rows[0].status", op("gt", 0)).message()).contains("cannot compare string 'ISSUED' with number 0");
    }

    @Test
    void eqAndNe() {
        assertThat(one("status", op("eq", 201)).passed()).isTrue();
        assertThat(one("status", op("ne", 201)).message()).isEqualTo("status: expected not 201, was 201");
        assertThat(one("status", op("ne", 500)).passed()).isTrue();
    }

    @Test
    void combinedOperatorsGiveOneResultEach() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gt", 0);
        m.put("lt", 10);
        m.put("type", "number");
        List<CheckResult> results = all("rows[0].amount", m);
        assertThat(results).extracting(CheckResult::matcher).containsExactly("gt", "lt", "type");
        assertThat(results).extracting(CheckResult::passed).containsExactly(false, true, true);
    }

    @Test
    void containsOnTextListsAndMaps() {
        assertThat(one("body.id", op("contains", "42")).passed()).isTrue();
        assertThat(one("body.id", op("contains", "x")).message()).isEqualTo("body.id: expected to contain 'x', was 'c-42'");
        assertThat(one("body.items", op("contains", 2.0)).passed()).isTrue();
        assertThat(one("body.items", op("contains", List.of(1, 3))).passed()).isTrue();
        assertThat(one("body.items", op("contains", 7)).passed()).isFalse();
        assertThat(one("body.customer", op("contains", "name")).passed()).isTrue();
        assertThat(one("body.customer", op("contains", Map.of("name", "Ann"))).passed()).isTrue();
        assertThat(one("body.customer", op("contains", Map.of("name", "Bob"))).passed()).isFalse();
        assertThat(one("status", op("contains", 1)).message()).contains("number 201 cannot contain anything");
    }

    @Test
    void matchesFindsARegex() {
        assertThat(one("body.id", op("matches", "^c-\\d+$")).passed()).isTrue();
        assertThat(one("body.id", op("matches", "^x")).message()).isEqualTo("body.id: expected to match /^x/, was 'c-42'");
        assertThat(one("status", op("matches", "^2\\d\\d$")).passed()).isTrue();
        assertThat(one("body.id", op("matches", "(")).message()).contains("bad regex");
    }

    @Test
    void existsTellsPresentFromAbsent() {
        assertThat(one("rows[0].note", op("exists", true)).passed()).isTrue();
        assertThat(one("rows[0].nope", op("exists", false)).passed()).isTrue();
        assertThat(one("rows[0].nope", op("exists", true)).message()).isEqualTo("rows[0].nope: expected to exist, path not found");
        assertThat(one("rows[0].status", op("exists", false)).message()).isEqualTo("rows[0].status: expected not to exist, was 'ISSUED'");
    }

    @Test
    void aMissingPathFailsEveryOtherMatcher() {
        CheckResult literal = one("rows[3].amount", 5);
        assertThat(literal.passed()).isFalse();
        assertThat(literal.message()).isEqualTo("rows[3].amount: expected 5, path not found");
        assertThat(one("rows[3].amount", op("gt", 0)).message()).isEqualTo("rows[3].amount: expected > 0, path not found");
        assertThat(one("rows[3].amount", op("ne", 0)).passed()).isFalse();
        assertThat(one("nope", op("size", 0)).message()).isEqualTo("nope: expected size 0, path not found");
    }

    @Test
    void sizeIsANumberOrAnOperatorMap() {
        assertThat(one("rows", op("size", 1)).passed()).isTrue();
        assertThat(one("body.items", op("size", 2)).message()).isEqualTo("body.items: expected size 2, was size 3");
        assertThat(one("body.items", op("size", 3)).actual()).as("the size seen, not the list").isEqualTo(3);
        assertThat(one("body.id", op("size", 4)).passed()).isTrue();
        assertThat(one("body.customer", op("size", 2)).passed()).isTrue();
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("gt", 0);
        range.put("lt", 3);
        List<CheckResult> results = all("body.items", op("size", range));
        assertThat(results).extracting(CheckResult::matcher).containsExactly("size.gt", "size.lt");
        assertThat(results).extracting(CheckResult::actual).containsExactly(3, 3);
        assertThat(results.get(0).passed()).isTrue();
        assertThat(results.get(1).message()).isEqualTo("body.items: expected size < 3, was size 3");
        assertThat(one("status", op("size", 1)).message()).contains("number 201 has no size");
    }

    @Test
    void typeNamesTheJsonType() {
        assertThat(one("status", op("type", "number")).passed()).isTrue();
        assertThat(one("body.id", op("type", "string")).passed()).isTrue();
        assertThat(one("body.customer.active", op("type", "boolean")).passed()).isTrue();
        assertThat(one("body.customer", op("type", "object")).passed()).isTrue();
        assertThat(one("rows", op("type", "array")).passed()).isTrue();
        assertThat(one("rows[0].note", op("type", "null")).passed()).isTrue();
        assertThat(one("body.id", op("type", "number")).message()).isEqualTo("body.id: expected type number, was string 'c-42'");
    }

    @Test
    void oneOfAcceptsAnyListedValue() {
        assertThat(one("rows[0].status", op("oneOf", List.of("NEW", "ISSUED"))).passed()).isTrue();
        assertThat(one("status", op("oneOf", List.of(200, 204))).message()).isEqualTo("status: expected one of [200,204], was 201");
    }

    @Test
    void schemaValidatesInlineAndFromAFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<String, Object> schema = Map.of("type", "object", "required", List.of("id", "items"),
                "properties", Map.of("id", Map.of("type", "string"), "items", Map.of("type", "array", "items", Map.of("type", "integer"))));
        assertThat(one("body", op("schema", schema)).passed()).isTrue();

        Map<String, Object> wrong = Map.of("type", "object", "properties", Map.of("id", Map.of("type", "integer")));
        CheckResult failed = one("body", op("schema", wrong));
        assertThat(failed.passed()).isFalse();
        assertThat(failed.message()).startsWith("body: expected to match schema, but ").contains("$.id").contains("integer");

        java.nio.file.Files.writeString(dir.resolve("row.json"),
                "{\"type\":\"object\",\"properties\":{\"amount\":{\"type\":\"number\",\"minimum\":0}}}");
        CheckResult fromFile = matchers.check(Map.of("rows[0]", op("schema", "row.json")), result, scope, dir).get(0);
        assertThat(fromFile.passed()).isFalse();
        assertThat(fromFile.message()).contains("row.json").contains("$.amount");
        CheckResult noFile = matchers.check(Map.of("rows[0]", op("schema", "nope.json")), result, scope, dir).get(0);
        assertThat(noFile.message()).contains("schema file not found");
    }

    @Test
    void thatExpressionsSeeTheResult() {
        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put("that", List.of("count == size(rows)", "body.total > 20", "rows[0].customer_id == customerId"));
        List<CheckResult> results = matchers.check(expect, result, scope, Path.of("."));
        assertThat(results).extracting(CheckResult::passed).containsExactly(true, false, true);
        assertThat(results.get(1).matcher()).isEqualTo("that");
        assertThat(results.get(1).path()).isEqualTo("body.total > 20");
        assertThat(results.get(1).message()).isEqualTo("body.total was 12.50, 20 was 20");
    }

    @Test
    void jsonPathKeys() {
        assertThat(one("$.body.items[1]", 2).passed()).isTrue();
        assertThat(one("$.rows[?(@.status=='ISSUED')]", op("size", 1)).passed()).isTrue();
        assertThat(one("$.body.nope", op("exists", false)).passed()).isTrue();
    }

    @Test
    void assertLinesPassOrExplainTheirParts() {
        Scope s = Scope.root(Map.of("customer", Map.of("is_active", true), "bill", Map.of("amount", 3)));
        List<CheckResult> results = matchers.checkAll(List.of(
                "customer.is_active == false", "bill.amount == 3", "bill.amount", "${bill.amount == 3}", "nope > 1"), s);

        assertThat(results).extracting(CheckResult::passed).containsExactly(false, true, false, true, false);
        assertThat(results.get(0).message()).isEqualTo("customer.is_active was true, false was false");
        assertThat(results.get(0).path()).isEqualTo("customer.is_active == false");
        assertThat(results.get(2).message()).isEqualTo("was 3, not true or false; bill.amount was 3");
        assertThat(results.get(4).message()).contains("undefined variable 'nope'");
    }

    @Test
    void secretsAreMaskedInMessagesAndValues() {
        Map<String, Object> withKey = new HashMap<>(result);
        withKey.put("token", "k-999");
        Map<String, Object> expect = Map.of("token", "${secret('API_KEY') + '-x'}");
        CheckResult r = matchers.check(expect, withKey, scope, Path.of(".")).get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.message()).isEqualTo("token: expected '****-x', was '****'");
        assertThat(r.expected()).isEqualTo("****-x");
        assertThat(r.actual()).isEqualTo("****");
    }

    @Test
    void aBrokenTemplateInAMatcherIsAFailedCheckNotACrash() {
        CheckResult r = one("status", "${nope}");
        assertThat(r.passed()).isFalse();
        assertThat(r.message()).contains("status: undefined variable 'nope'");
    }
}
