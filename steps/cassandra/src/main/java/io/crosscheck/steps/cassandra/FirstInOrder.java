package io.crosscheck.steps.cassandra;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Keeps the first {@code limit} items in token order while slices arrive in any order (each slice's items in
 * order): never more than {@code limit} items are held, and the result does not depend on which slice came first.
 */
final class FirstInOrder<T> {
    private final int limit;
    private final TreeMap<Integer, List<T>> bySlice = new TreeMap<>();
    private int size;
    private int closedFrom = Integer.MAX_VALUE;

    FirstInOrder(int limit) {
        this.limit = limit;
    }

    /** Whether items of this slice can still be kept: callers may skip work for those that cannot. */
    boolean accepts(int slice) {
        return slice < closedFrom && limit > 0;
    }

    void add(int slice, T item) {
        if (!accepts(slice)) {
            return;
        }
        bySlice.computeIfAbsent(slice, s -> new ArrayList<>()).add(item);
        if (++size > limit) {
            // the last item of the last slice falls out; that slice's later items, and later slices', would follow it
            var last = bySlice.lastEntry();
            last.getValue().remove(last.getValue().size() - 1);
            if (last.getValue().isEmpty()) {
                bySlice.remove(last.getKey());
            }
            closedFrom = last.getKey();
            size--;
        }
    }

    List<T> items() {
        List<T> out = new ArrayList<>(size);
        bySlice.values().forEach(out::addAll);
        return out;
    }
}
