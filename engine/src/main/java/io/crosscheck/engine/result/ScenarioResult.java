package io.crosscheck.engine.result;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One scenario run, or one example row of it ({@code example} is the row's label such as
 * {@code plan=basic}, empty when the scenario has no examples). {@code message} is the first failure's summary.
 * {@code evidence} is what the evidence sources said about the run (spec §8), {@link Evidence#NONE} when not gathered.
 * {@code id} is the run's id in the plan ({@code orders.yaml:3}, {@code orders.yaml:3#2} for its second example row):
 * display names repeat (two identical rows), ids never do; empty for a result read back from a report.
 */
public record ScenarioResult(
        String id,
        String name,
        String description,
        Position position,
        List<String> tags,
        String example,
        Map<String, Object> exampleRow,
        Status status,
        Instant startedAt,
        long durationMs,
        List<StepRecord> steps,
        String message,
        Evidence evidence) {

    /** Without evidence. */
    public ScenarioResult(String id, String name, String description, Position position, List<String> tags,
                          String example, Map<String, Object> exampleRow, Status status, Instant startedAt,
                          long durationMs, List<StepRecord> steps, String message) {
        this(id, name, description, position, tags, example, exampleRow, status, startedAt, durationMs, steps, message,
                Evidence.NONE);
    }

    /** A result with no id (read back from a report written without ids) and no evidence. */
    public ScenarioResult(String name, String description, Position position, List<String> tags, String example,
                          Map<String, Object> exampleRow, Status status, Instant startedAt, long durationMs,
                          List<StepRecord> steps, String message) {
        this("", name, description, position, tags, example, exampleRow, status, startedAt, durationMs, steps, message);
    }

    public ScenarioResult {
        id = id == null ? "" : id;
        description = description == null ? "" : description;
        tags = tags == null ? List.of() : List.copyOf(tags);
        example = example == null ? "" : example;
        exampleRow = exampleRow == null ? Map.of() : exampleRow;
        steps = steps == null ? List.of() : List.copyOf(steps);
        message = message == null ? "" : message;
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    public ScenarioResult withEvidence(Evidence gathered) {
        return new ScenarioResult(id, name, description, position, tags, example, exampleRow, status, startedAt,
                durationMs, steps, message, gathered);
    }

    /** Name with the example label, as shown in reports: {@code Billing [plan=basic]}. */
    public String displayName() {
        return example.isEmpty() ? name : name + " [" + example + "]";
    }

    public String file() {
        return position.file();
    }
}
