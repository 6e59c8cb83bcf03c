package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.spi.CheckResult;
import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.ReportItem;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.Status;
import io.crosscheck.engine.spi.StepRecord;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result tree in its JSON form (the format of results.json, also embedded in index.html), written one
 * scenario at a time so that a large run never exists twice in memory. {@link ResultsJsonReader} reads it back.
 */
final class ResultsJson {

    static final String FORMAT = "crosscheck-results";
    static final int VERSION = 1;

    private final ObjectMapper mapper;
    private final PlainValues values;

    ResultsJson(ObjectMapper mapper, PlainValues values) {
        this.mapper = mapper;
        this.values = values;
    }

    void write(RunResult run, JsonGenerator out) throws IOException {
        out.setCodec(mapper);
        out.writeStartObject();
        out.writeStringField("format", FORMAT);
        out.writeNumberField("version", VERSION);
        out.writeStringField("id", run.id());
        out.writeStringField("startedAt", instant(run.startedAt()));
        out.writeNumberField("durationMs", run.durationMs());
        out.writeStringField("environment", run.environment());
        out.writeBooleanField("interrupted", run.interrupted());
        out.writeObjectField("counts", counts(run));
        out.writeArrayFieldStart("scenarios");
        for (ScenarioResult s : run.scenarios()) {
            out.writeObject(scenario(s));
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    static Map<String, Object> counts(RunResult run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", run.scenarios().size());
        for (Status st : Status.values()) m.put(st.name().toLowerCase(java.util.Locale.ROOT), run.count(st));
        return m;
    }

    Map<String, Object> scenario(ScenarioResult s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("displayName", s.displayName());
        m.put("description", s.description());
        m.put("position", position(s.position()));
        m.put("tags", s.tags());
        m.put("example", s.example());
        m.put("exampleRow", values.of(s.exampleRow()));
        m.put("status", s.status().name());
        m.put("startedAt", instant(s.startedAt()));
        m.put("durationMs", s.durationMs());
        m.put("message", s.message());
        List<Object> steps = new ArrayList<>(s.steps().size());
        for (StepRecord step : s.steps()) steps.add(step(step));
        m.put("steps", steps);
        return m;
    }

    private Map<String, Object> step(StepRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("verb", r.verb());
        m.put("phase", r.phase() == null ? null : r.phase().name());
        m.put("position", position(r.position()));
        m.put("status", r.status().name());
        m.put("startOffsetMs", r.startOffsetMs());
        m.put("durationMs", r.durationMs());
        m.put("attempts", r.attempts());
        m.put("request", values.of(r.request()));
        m.put("response", values.of(r.response()));
        List<Object> checks = new ArrayList<>(r.checks().size());
        for (CheckResult c : r.checks()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("path", c.path());
            cm.put("matcher", c.matcher());
            cm.put("expected", values.of(c.expected()));
            cm.put("actual", values.of(c.actual()));
            cm.put("passed", c.passed());
            cm.put("message", c.message());
            checks.add(cm);
        }
        m.put("checks", checks);
        m.put("error", r.error());
        List<Object> reports = new ArrayList<>(r.reports().size());
        for (ReportItem item : r.reports()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("kind", item.kind());
            im.put("title", item.title());
            im.put("chartType", item.chartType());
            im.put("data", values.of(item.data()));
            reports.add(im);
        }
        m.put("reports", reports);
        return m;
    }

    private static Map<String, Object> position(Position p) {
        if (p == null) p = Position.UNKNOWN;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line());
        m.put("column", p.column());
        return m;
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }
}
