package io.crosscheck.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFunctionsTest {
    private final ExpressionEngine engine = new ExpressionEngine(new Secrets(Map.of()));
    private final Scope scope = Scope.root(Map.of(
            "events", List.of(
                    event("PushEvent", "ann", 3, "Berlin"),
                    event("IssuesEvent", "bob", 1, "Paris"),
                    event("PushEvent", "bob", 5, "Paris"),
                    event("WatchEvent", "cid", 2, "Rome"),
                    event("PushEvent", "ann", 4.5, "Berlin")),
            "numbers", List.of(3, 1.5, 10L, new BigDecimal("0.5")),
            "wanted", "bob"));

    private static Map<String, Object> event(String type, String actor, Number size, String city) {
        return Map.of("type", type, "actor", actor, "size", size, "repo", Map.of("city", city));
    }

    private Object eval(String expression) {
        return engine.evaluate(expression, scope);
    }

    @Test
    void whereFiltersWithALambdaThatSeesTheScope() {
        assertThat(eval("size(where(events, e -> e.type == 'PushEvent'))")).isEqualTo(3);
        assertThat(eval("where(events, e -> e.actor == wanted && e.size > 2)[0].size")).isEqualTo(5);
        assertThat(eval("where(events, e -> false)")).isEqualTo(List.of());
    }

    @Test
    void countCountsItemsOrMatches() {
        assertThat(eval("count(events)")).isEqualTo(5);
        assertThat(eval("count(events, e -> e.actor == 'ann')")).isEqualTo(2);
    }

    @Test
    void groupCountOrdersByCountDescending() {
        Object grouped = eval("groupCount(events, 'type')");
        assertThat(grouped).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) grouped).entrySet().stream().map(Object::toString).toList())
                .containsExactly("PushEvent=3", "IssuesEvent=1", "WatchEvent=1");
        assertThat(eval("groupCount(events, 'type').PushEvent == 3")).isEqualTo(true);
        assertThat(eval("groupCount(events, 'repo.city').Paris")).isEqualTo(2L);
    }

    @Test
    void sumAvgMinMaxOverAFieldOrPlainNumbers() {
        assertThat(eval("sum(events, 'size')")).isEqualTo(15.5);
        assertThat(eval("sum(where(events, e -> e.actor == 'bob'), 'size')")).isEqualTo(6L);
        assertThat(eval("avg(events, 'size')")).isEqualTo(3.1);
        assertThat(eval("min(events, 'size')")).isEqualTo(1);
        assertThat(eval("max(events, 'size')")).isEqualTo(5);
        assertThat(eval("max(events, 'actor')")).isEqualTo("cid");
        assertThat(eval("sum(numbers)")).isEqualTo(new BigDecimal("15.0"));
        assertThat(eval("sum(numbers) == 15")).isEqualTo(true);
        assertThat(eval("min(numbers)")).isEqualTo(new BigDecimal("0.5"));
        assertThat(eval("max([1, 2, 3])")).isEqualTo(3);
        assertThat(eval("sum([])")).isEqualTo(0L);
        assertThat(eval("avg([])")).isNull();
    }

    @Test
    void nullsAreSkippedAndNonNumbersAreAClearError() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("size", null);
        Scope s = Scope.root(Map.of("rows", List.of(Map.of("size", 2), withNull), "bad", List.of(Map.of("size", "x"))));
        assertThat(engine.evaluate("sum(rows, 'size')", s)).isEqualTo(2L);
        assertThatThrownBy(() -> engine.evaluate("sum(bad, 'size')", s))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("sum: 'x' is not a number");
    }

    @Test
    void distinctKeepsFirstAppearanceAndComparesNumbersByValue() {
        assertThat(eval("distinct(events, 'actor')")).isEqualTo(List.of("ann", "bob", "cid"));
        assertThat(eval("distinct([1, 1.0, 2, 'a', 'a'])")).isEqualTo(List.of(1, 2, "a"));
    }

    @Test
    void sortByAscendingDescendingAndWithALambda() {
        assertThat(eval("pluck(sortBy(events, 'size'), 'size')")).isEqualTo(List.of(1, 2, 3, 4.5, 5));
        assertThat(eval("pluck(sortBy(events, 'size', 'desc'), 'size')")).isEqualTo(List.of(5, 4.5, 3, 2, 1));
        assertThat(eval("pluck(sortBy(events, 'repo.city'), 'actor')")).isEqualTo(List.of("ann", "ann", "bob", "bob", "cid"));
        assertThat(eval("pluck(sortBy(events, e -> -e.size), 'size')")).isEqualTo(List.of(5, 4.5, 3, 2, 1));
        assertThatThrownBy(() -> eval("sortBy(events, 'size', 'down')")).hasMessageContaining("'asc' or 'desc'");
    }

    @Test
    void sortByPutsMissingFieldsLast() {
        Scope s = Scope.root(Map.of("rows", List.of(Map.of("n", 2), Map.of(), Map.of("n", 1))));
        assertThat(engine.evaluate("pluck(sortBy(rows, 'n'), 'n')", s)).isEqualTo(Arrays.asList(1, 2, null));
        assertThat(engine.evaluate("pluck(sortBy(rows, 'n', 'desc'), 'n')", s)).isEqualTo(Arrays.asList(2, 1, null));
    }

    @Test
    void topTakesTheFirstEntriesOfAMapOrItemsOfAList() {
        assertThat(eval("top(groupCount(events, 'actor'), 2)").toString()).isEqualTo("{ann=2, bob=2}");
        assertThat(eval("top([5, 4, 3], 2)")).isEqualTo(List.of(5, 4));
        assertThat(eval("top([5], 10)")).isEqualTo(List.of(5));
        assertThat(eval("top(sortBy(events, 'size', 'desc'), 1)[0].actor")).isEqualTo("bob");
    }

    @Test
    void sizeWorksOnListsMapsAndText() {
        assertThat(eval("size(events)")).isEqualTo(5);
        assertThat(eval("size(events[0])")).isEqualTo(4);
        assertThat(eval("size(wanted)")).isEqualTo(3);
        assertThat(eval("keys({'a': 1, 'b': 2})")).isEqualTo(List.of("a", "b"));
        assertThat(eval("values({'a': 1, 'b': 2})")).isEqualTo(List.of(1, 2));
    }

    @Test
    void aNonListIsAClearError() {
        assertThatThrownBy(() -> eval("where(wanted, x -> true)"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("expected a list, was string 'bob'");
    }

    @Test
    void builtInsUuidNowRandomInt() {
        assertThat((String) eval("uuid()")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(eval("uuid() != uuid()")).isEqualTo(true);
        Instant now = Instant.parse((String) eval("now()"));
        assertThat(now).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(1));
        assertThat((String) eval("now('yyyy-MM-dd')")).matches("\\d{4}-\\d{2}-\\d{2}");
        for (int i = 0; i < 200; i++) {
            long n = (Long) eval("randomInt(1, 3)");
            assertThat(n).isBetween(1L, 3L);
        }
        assertThat(eval("randomInt(100000, 999999) >= 100000")).isEqualTo(true);
    }

    @Test
    void numbersCompareByValue() {
        assertThat(eval("1 == 1.0")).isEqualTo(true);
        Scope s = Scope.root(Map.of("d", new BigDecimal("3.50"), "l", 3L));
        assertThat(engine.evaluate("d == 3.5 && l == 3 && l < d", s)).isEqualTo(true);
    }
}
