package io.crosscheck.bench;

import java.util.Arrays;

/** The medians the benchmarks print, and the ratios of rounds run in pairs (A B A B). */
final class Medians {
    private Medians() {
    }

    static long of(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Each round's own ratio, {@code a[i] / b[i]}: a round's pair ran back to back, so its ratio is free of the
     * machine's slower and faster minutes.
     */
    static double[] ratios(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) ratios[i] = a[i] / b[i];
        return ratios;
    }

    static double[] ratios(long[] a, long[] b) {
        return ratios(Arrays.stream(a).asDoubleStream().toArray(), Arrays.stream(b).asDoubleStream().toArray());
    }

    /** The ratios as printed: {@code 1.02 0.98 1.10}. */
    static String list(double[] ratios) {
        StringBuilder sb = new StringBuilder();
        for (double r : ratios) sb.append(sb.isEmpty() ? "" : " ").append(String.format("%.2f", r));
        return sb.toString();
    }
}
