package io.crosscheck.engine.result;

/**
 * A table or chart requested by a step's {@code report:}. {@code kind} is "table" or "chart";
 * {@code chartType} is bar, pie, histogram or line (empty for tables); {@code data} is the evaluated value.
 */
public record ReportItem(String kind, String title, String chartType, Object data) {
    public ReportItem {
        title = title == null ? "" : title;
        chartType = chartType == null ? "" : chartType;
    }
}
