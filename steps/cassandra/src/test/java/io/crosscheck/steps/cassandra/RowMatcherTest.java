package io.crosscheck.steps.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowMatcherTest {

    @Test
    void whereComparesNumbersByValueAndOtherValuesAsText() {
        assertThat(RowMatcher.same(3, 3L)).isTrue();
        assertThat(RowMatcher.same(new BigDecimal("12.50"), 12.5)).isTrue();
        assertThat(RowMatcher.same("BAD", "BAD")).isTrue();
        assertThat(RowMatcher.same("6f1c", "6F1C")).isFalse();
        assertThat(RowMatcher.same(null, null)).isTrue();
        assertThat(RowMatcher.same(null, "x")).isFalse();
    }

    @Test
    void rowsWithoutMatchExpressionAreFilteredByWhereAlone() {
        RowMatcher matcher = new RowMatcher(null, null, Map.of("status", "BAD", "ts", 3L));
        assertThat(matcher.test(Map.of("status", "BAD", "ts", 3))).isTrue();
        assertThat(matcher.test(Map.of("status", "OK", "ts", 3))).isFalse();
    }
}
