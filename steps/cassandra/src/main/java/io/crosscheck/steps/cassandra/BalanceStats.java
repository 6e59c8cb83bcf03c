package io.crosscheck.steps.cassandra;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Rows per partition, per token slice and per node, summed as partitions arrive, in memory bounded by the
 * number of slices, the number of distinct partition sizes, {@code top} and {@code maxPartitions}.
 */
final class BalanceStats {
    private record Partition(Map<String, Object> key, Object token, long rows) {
    }

    private static final Comparator<Partition> SMALLEST_FIRST =
            Comparator.comparingLong(Partition::rows).thenComparing(p -> String.valueOf(p.token()), Comparator.reverseOrder());

    private final List<TokenSlice> slices;
    private final int topCount;
    private final long[] rowsPerSlice;
    private final PriorityQueue<Partition> top = new PriorityQueue<>(SMALLEST_FIRST);
    private final FirstInOrder<Long> perPartition;
    private final TreeMap<Long, Long> sizes = new TreeMap<>();
    private long partitions;
    private long rows;
    private long max;
    private long min = Long.MAX_VALUE;
    private double sumOfSquares;

    BalanceStats(List<TokenSlice> slices, int topCount, int maxPartitions) {
        this.slices = slices;
        this.topCount = topCount;
        this.rowsPerSlice = new long[slices.size()];
        this.perPartition = new FirstInOrder<>(maxPartitions);
    }

    void add(TokenSlice slice, Object token, Map<String, Object> key, long count) {
        partitions++;
        rows += count;
        max = Math.max(max, count);
        min = Math.min(min, count);
        sumOfSquares += (double) count * count;
        rowsPerSlice[slice.index()] += count;
        sizes.merge(count, 1L, Long::sum);
        perPartition.add(slice.index(), count);
        if (topCount > 0) {
            top.add(new Partition(key, token, count));
            if (top.size() > topCount) {
                top.poll();
            }
        }
    }

    Map<String, Object> result() {
        double mean = partitions == 0 ? 0 : rows / (double) partitions;
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("partitions", partitions);
        value.put("rows", rows);
        value.put("mean", round(mean));
        value.put("max", max);
        value.put("min", partitions == 0 ? 0 : min);
        value.put("stddev", round(partitions == 0 ? 0 : Math.sqrt(Math.max(0, sumOfSquares / partitions - mean * mean))));
        value.put("maxOverMean", round(mean == 0 ? 0 : max / mean));
        value.put("top", top());
        value.put("perPartition", perPartition.items());
        value.put("sizes", sizes());
        Map<String, Object> perRange = new LinkedHashMap<>();
        Map<String, Object> perNode = new LinkedHashMap<>();
        long rangeMax = 0;
        for (TokenSlice slice : slices) {
            long n = rowsPerSlice[slice.index()];
            perRange.put(slice.label(), n);
            rangeMax = Math.max(rangeMax, n);
            if (!slice.owner().isEmpty()) {
                perNode.merge(slice.owner(), n, (a, b) -> (Long) a + (Long) b);
            }
        }
        double rangeMean = slices.isEmpty() ? 0 : rows / (double) slices.size();
        value.put("perRange", perRange);
        value.put("rangeMean", round(rangeMean));
        value.put("rangeMax", rangeMax);
        value.put("rangeMaxOverMean", round(rangeMean == 0 ? 0 : rangeMax / rangeMean));
        value.put("perNode", perNode);
        return value;
    }

    private List<Map<String, Object>> top() {
        List<Partition> biggest = new ArrayList<>(top);
        biggest.sort(SMALLEST_FIRST.reversed());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Partition p : biggest) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", p.key().size() == 1 ? p.key().values().iterator().next() : p.key());
            entry.put("token", p.token());
            entry.put("rows", p.rows());
            entry.put("share", round(rows == 0 ? 0 : p.rows() / (double) rows));
            out.add(entry);
        }
        return out;
    }

    /** Rows per partition → how many partitions have that many rows, smallest first: a histogram as a map. */
    private Map<String, Object> sizes() {
        Map<String, Object> out = new LinkedHashMap<>();
        sizes.forEach((size, count) -> out.put(Long.toString(size), count));
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
