package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReadTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));
    private final Scope scope = Scope.root(Map.of("customerId", 42, "status", "outer"));
    private final Map<String, Object> result = result();

    private static Map<String, Object> result() {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", "application/json");
        Map<String, Object> nullable = new HashMap<>();
        nullable.put("note", null);
        return Map.of(
                "status", 200,
                "headers", headers,
                "body", List.of(
                        Map.of("type", "PushEvent", "id", 1, "payload", Map.of("size", 3)),
                        Map.of("type", "WatchEvent", "id", 2, "payload", nullable),
                        Map.of("type", "PushEvent", "id", 3, "payload", Map.of("size", 1))),
                "rows", List.of(Map.of("status", "ISSUED", "amount", 12.5)));
    }

    private Object read(String path) {
        return engine.read(path, result, scope);
    }

    @Test
    void aPathReadsTheResultsOwnKeysAsWrittenAndTheWholeResultAsResult() {
        Map<String, Object> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Status", 1);

        assertThat(engine.read("STATUS", headers, scope)).isEqualTo(ExpressionEngine.MISSING);
        assertThat(engine.read("Status", headers, scope)).isEqualTo(1);
        assertThat(engine.read("result.status", result, scope)).isEqualTo(200);
        assertThat(engine.read("result", List.of(1), scope)).isEqualTo(List.of(1));
        assertThat(engine.read("customerId", result, scope)).isEqualTo(42);
        assertThat(engine.read("nosuch.field", result, scope)).isEqualTo(ExpressionEngine.MISSING);
    }

    @Test
    void plainPathsReadTheResultBeforeTheScope() {
        assertThat(read("status")).isEqualTo(200);
        assertThat(read("rows[0].status")).isEqualTo("ISSUED");
        assertThat(read("body[2].payload.size")).isEqualTo(1);
        assertThat(read("body[-1].id")).isEqualTo(3);
        assertThat(read("body[1]['payload']")).isEqualTo(result.get("body") instanceof List<?> l ? ((Map<?, ?>) l.get(1)).get("payload") : null);
        assertThat(read("customerId")).isEqualTo(42);
        assertThat(read("result.status")).isEqualTo(200);
    }

    @Test
    void headersReadWithAnyCaseAndWithDashes() {
        assertThat(read("headers['Content-Type']")).isEqualTo("application/json");
        assertThat(read("headers.content-type")).isEqualTo("application/json");
    }

    @Test
    void anAbsentKeyOrIndexIsMissingWhileAPresentNullIsNull() {
        assertThat(read("rows[1].status")).isSameAs(ExpressionEngine.MISSING);
        assertThat(read("rows[0].missing")).isSameAs(ExpressionEngine.MISSING);
        assertThat(read("nothing.at.all")).isSameAs(ExpressionEngine.MISSING);
        assertThat(read("status.code")).isSameAs(ExpressionEngine.MISSING);
        assertThat(read("body[1].payload.note")).isNull();
    }

    @Test
    void jsonPathReadsWithFilters() {
        assertThat(read("$.body[?(@.type=='PushEvent')].id")).isEqualTo(List.of(1, 3));
        assertThat(read("$.body[?(@.payload.size > 2)].id")).isEqualTo(List.of(1));
        assertThat(read("$.rows[0].amount")).isEqualTo(12.5);
        assertThat(read("$.body.length()")).isEqualTo(3);
        assertThat(read("$.nothing")).isSameAs(ExpressionEngine.MISSING);
        assertThat(read("$.body[?(@.type=='Nope')]")).isEqualTo(List.of());
    }

    @Test
    void otherPathsAreExpressionsOverTheResult() {
        assertThat(read("size(body)")).isEqualTo(3);
        assertThat(read("groupCount(body, 'type').PushEvent")).isEqualTo(2L);
        assertThat(read("where(body, e -> e.id > customerId - 41)[0].type")).isEqualTo("WatchEvent");
        assertThat(read("status == 200")).isEqualTo(true);
    }

    @Test
    void aBrokenJsonPathIsAnError() {
        assertThatThrownBy(() -> read("$.body[?(@.type=='x'")).isInstanceOf(ExpressionException.class);
    }

    @Test
    void aNonMapResultIsReadableAsResult() {
        assertThat(engine.read("result[1]", List.of("a", "b"), scope)).isEqualTo("b");
        assertThat(engine.read("$[0]", List.of("a", "b"), scope)).isEqualTo("a");
    }
}
