package io.crosscheck.steps.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstInOrderTest {

    @Test
    void keepsTheFirstItemsInSliceOrderWhateverOrderSlicesArriveIn() {
        FirstInOrder<String> kept = new FirstInOrder<>(3);
        kept.add(2, "c1");
        kept.add(2, "c2");
        kept.add(2, "c3");
        kept.add(0, "a1");
        kept.add(1, "b1");
        kept.add(2, "c4");
        kept.add(0, "a2");
        assertThat(kept.items()).containsExactly("a1", "a2", "b1");
    }

    @Test
    void refusesSlicesThatCanNoLongerContribute() {
        FirstInOrder<String> kept = new FirstInOrder<>(2);
        kept.add(1, "b1");
        kept.add(1, "b2");
        kept.add(0, "a1");
        assertThat(kept.accepts(1)).isFalse();
        assertThat(kept.accepts(2)).isFalse();
        assertThat(kept.accepts(0)).isTrue();
        kept.add(1, "b3");
        assertThat(kept.items()).containsExactly("a1", "b1");
    }

    @Test
    void aLimitOfZeroKeepsNothing() {
        FirstInOrder<Integer> kept = new FirstInOrder<>(0);
        kept.add(0, 1);
        assertThat(kept.items()).isEqualTo(List.of());
    }
}
