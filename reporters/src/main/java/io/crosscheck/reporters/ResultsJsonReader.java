package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a results.json written by {@link JsonReporter} back into a {@link RunResult} (to merge CI shards, to
 * re-render reports). Scenarios are read one at a time; values come back as plain JSON values (maps, lists,
 * strings, numbers, booleans).
 */
public final class ResultsJsonReader {

    private final ObjectMapper mapper = new ObjectMapper();

    public RunResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public RunResult read(InputStream in, String sourceName) throws IOException {
        try (JsonParser p = mapper.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw notResults(sourceName, "it is not a JSON object");
            String format = null;
            String id = null;
            Instant startedAt = null;
            long durationMs = 0;
            String environment = "";
            boolean interrupted = false;
            List<ScenarioResult> scenarios = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "format" -> format = p.getValueAsString();
                    case "id" -> id = p.getValueAsString();
                    case "startedAt" -> startedAt = instant(p.getValueAsString());
                    case "durationMs" -> durationMs = p.getValueAsLong();
                    case "environment" -> environment = p.getValueAsString();
                    case "interrupted" -> interrupted = p.getValueAsBoolean();
                    case "scenarios" -> {
                        if (t != JsonToken.START_ARRAY) throw notResults(sourceName, "'scenarios' is not a list");
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            scenarios.add(scenario(mapper.readTree(p)));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!ResultsJson.FORMAT.equals(format)) {
                throw notResults(sourceName, "its 'format' is not \"" + ResultsJson.FORMAT + "\"");
            }
            return new RunResult(id, startedAt, durationMs, environment, scenarios, interrupted);
        }
    }

    private ScenarioResult scenario(JsonNode n) {
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        List<StepRecord> steps = new ArrayList<>();
        n.path("steps").forEach(s -> steps.add(step(s)));
        return new ScenarioResult(
                text(n, "id"), text(n, "name"), text(n, "description"), position(n.path("position")), tags,
                text(n, "example"), map(n.path("exampleRow")), status(n), instant(n.path("startedAt").textValue()),
                n.path("durationMs").asLong(), steps, text(n, "message"), EvidenceJson.read(n));
    }

    private StepRecord step(JsonNode n) {
        List<CheckResult> checks = new ArrayList<>();
        for (JsonNode c : n.path("checks")) {
            checks.add(new CheckResult(text(c, "path"), text(c, "matcher"), value(c.get("expected")),
                    value(c.get("actual")), c.path("passed").asBoolean(), text(c, "message")));
        }
        List<ReportItem> reports = new ArrayList<>();
        for (JsonNode r : n.path("reports")) {
            reports.add(new ReportItem(text(r, "kind"), text(r, "title"), text(r, "chartType"), value(r.get("data"))));
        }
        List<StepRecord> steps = new ArrayList<>();
        n.path("steps").forEach(s -> steps.add(step(s)));
        String phase = n.path("phase").textValue();
        return new StepRecord(
                text(n, "id"), text(n, "name"), text(n, "verb"), phase == null ? null : Phase.valueOf(phase),
                position(n.path("position")), status(n), n.path("startOffsetMs").asLong(),
                n.path("durationMs").asLong(), n.path("attempts").asInt(), map(n.path("request")),
                value(n.get("response")), checks, text(n, "error"), reports, steps, failure(n.get("failure")));
    }

    /** A step's failure; null when it did not fail, or when the report predates failures with a kind. */
    private StepError failure(JsonNode n) {
        if (n == null || !n.isObject()) return null;
        StepError.Kind kind = java.util.Arrays.stream(StepError.Kind.values())
                .filter(k -> k.name().equals(n.path("kind").asText())).findFirst().orElse(StepError.Kind.INTERNAL);
        return new StepError(kind, text(n, "message"), text(n, "hint"), map(n.path("details")));
    }

    private static Position position(JsonNode n) {
        if (!n.isObject()) return Position.UNKNOWN;
        return new Position(n.path("file").asText(Position.UNKNOWN.file()), n.path("line").asInt(), n.path("column").asInt());
    }

    private static Status status(JsonNode n) {
        return Status.valueOf(n.path("status").asText("ERROR"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private Object value(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        return mapper.convertValue(n, Object.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(JsonNode n) {
        if (!n.isObject()) return Map.of();
        return mapper.convertValue(n, LinkedHashMap.class);
    }

    private static Instant instant(String text) {
        return text == null || text.isEmpty() ? null : Instant.parse(text);
    }

    private static IOException notResults(String source, String why) {
        return new IOException(source + ": not a crosscheck results.json (" + why + ")");
    }
}
