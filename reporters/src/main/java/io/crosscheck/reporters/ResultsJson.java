package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * The result tree in its JSON form (the format of results.json, also embedded in index.html), streamed field by
 * field so that a large run is never copied in memory. {@link ResultsJsonReader} reads it back.
 */
final class ResultsJson {

    static final String FORMAT = "crosscheck-results";
    static final int VERSION = 1;

    private final JsonValues values;

    ResultsJson(JsonValues values) {
        this.values = values;
    }

    void write(RunResult run, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("id", run.id());
        g.writeStringField("startedAt", instant(run.startedAt()));
        g.writeNumberField("durationMs", run.durationMs());
        g.writeStringField("environment", run.environment());
        g.writeBooleanField("interrupted", run.interrupted());
        g.writeObjectFieldStart("counts");
        g.writeNumberField("total", run.scenarios().size());
        for (Status st : Status.values()) g.writeNumberField(st.name().toLowerCase(Locale.ROOT), run.count(st));
        g.writeEndObject();
        g.writeArrayFieldStart("scenarios");
        for (ScenarioResult s : run.scenarios()) scenario(s, g);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void scenario(ScenarioResult s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("displayName", s.displayName());
        g.writeStringField("description", s.description());
        position(s.position(), g);
        g.writeArrayFieldStart("tags");
        for (String t : s.tags()) g.writeString(t);
        g.writeEndArray();
        g.writeStringField("example", s.example());
        g.writeFieldName("exampleRow");
        values.write(g, s.exampleRow());
        g.writeStringField("status", s.status().name());
        g.writeStringField("startedAt", instant(s.startedAt()));
        g.writeNumberField("durationMs", s.durationMs());
        g.writeStringField("message", s.message());
        g.writeArrayFieldStart("steps");
        for (StepRecord step : s.steps()) step(step, g);
        g.writeEndArray();
        EvidenceJson.write(s.evidence(), g);
        g.writeEndObject();
    }

    private void step(StepRecord r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.name());
        g.writeStringField("verb", r.verb());
        g.writeStringField("phase", r.phase() == null ? null : r.phase().name());
        position(r.position(), g);
        g.writeStringField("status", r.status().name());
        g.writeNumberField("startOffsetMs", r.startOffsetMs());
        g.writeNumberField("durationMs", r.durationMs());
        g.writeNumberField("attempts", r.attempts());
        g.writeFieldName("request");
        values.write(g, r.request());
        g.writeFieldName("response");
        values.write(g, r.response());
        g.writeArrayFieldStart("checks");
        for (CheckResult c : r.checks()) {
            g.writeStartObject();
            g.writeStringField("path", c.path());
            g.writeStringField("matcher", c.matcher());
            g.writeFieldName("expected");
            values.write(g, c.expected());
            g.writeFieldName("actual");
            values.write(g, c.actual());
            g.writeBooleanField("passed", c.passed());
            g.writeStringField("message", c.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("error", r.error());
        if (r.failure() != null) failure(r.failure(), g); // error's parts; absent for a step that did not fail
        g.writeArrayFieldStart("reports");
        for (ReportItem item : r.reports()) {
            g.writeStartObject();
            g.writeStringField("kind", item.kind());
            g.writeStringField("title", item.title());
            g.writeStringField("chartType", item.chartType());
            g.writeFieldName("data");
            values.write(g, item.data());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.steps().isEmpty()) { // the steps of a use step's fragment; absent for every other step
            g.writeArrayFieldStart("steps");
            for (StepRecord inner : r.steps()) step(inner, g);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void failure(StepError e, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("failure");
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("message", e.message());
        g.writeStringField("hint", e.hint());
        g.writeFieldName("details");
        values.write(g, e.details());
        g.writeEndObject();
    }

    private static void position(Position p, JsonGenerator g) throws IOException {
        if (p == null) p = Position.UNKNOWN;
        g.writeObjectFieldStart("position");
        g.writeStringField("file", p.file());
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeEndObject();
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }
}
