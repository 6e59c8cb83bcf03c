package io.crosscheck.engine.model;

/** {@code report: {table: PATH}} and/or {@code {chart: {type, data, title}}}; either may be null. */
public record ReportSpec(String table, String title, Chart chart) {

    /** {@code chart: {type: bar|pie|histogram|line, data: EXPR, title: TEXT}}. */
    public record Chart(ChartType type, String data, String title) {
    }

    public enum ChartType {
        BAR, PIE, HISTOGRAM, LINE;

        /** As written in YAML: {@code bar}. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
