package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.engine.result.Evidence;
import io.crosscheck.engine.result.EvidenceLine;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's evidence in results.json (spec §8): {@code evidence} (the timeline's lines), {@code culprit} (a line,
 * or null), {@code evidenceFailures} (the sources that did not answer, each with why) and {@code traceId} (what they
 * were asked about; absent when nothing was gathered).
 */
final class EvidenceJson {
    private EvidenceJson() {
    }

    static void write(Evidence e, JsonGenerator g) throws IOException {
        if (!e.traceId().isEmpty()) g.writeStringField("traceId", e.traceId());
        g.writeArrayFieldStart("evidence");
        for (EvidenceLine line : e.lines()) line(line, g);
        g.writeEndArray();
        g.writeFieldName("culprit");
        if (e.culprit() == null) g.writeNull();
        else line(e.culprit(), g);
        g.writeArrayFieldStart("evidenceFailures");
        for (Evidence.Failure f : e.failures()) {
            g.writeStartObject();
            g.writeStringField("source", f.source());
            g.writeStringField("reason", f.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void line(EvidenceLine l, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", l.source());
        g.writeStringField("time", l.time() == null ? null : l.time().toString());
        g.writeStringField("service", l.service());
        g.writeStringField("level", l.level());
        g.writeStringField("message", l.message());
        g.writeEndObject();
    }

    /** Reads back what {@link #write} wrote; a scenario without these fields has none. */
    static Evidence read(JsonNode scenario) {
        List<EvidenceLine> lines = new ArrayList<>();
        scenario.path("evidence").forEach(l -> lines.add(line(l)));
        List<Evidence.Failure> failures = new ArrayList<>();
        scenario.path("evidenceFailures").forEach(f ->
                failures.add(new Evidence.Failure(f.path("source").asText(), f.path("reason").asText())));
        JsonNode culprit = scenario.path("culprit");
        Evidence e = new Evidence(lines, culprit.isObject() ? line(culprit) : null, failures,
                scenario.path("traceId").asText(""));
        return e.isEmpty() && e.culprit() == null && e.traceId().isEmpty() ? Evidence.NONE : e;
    }

    private static EvidenceLine line(JsonNode n) {
        String time = n.path("time").textValue();
        return new EvidenceLine(n.path("source").asText(), time == null ? null : Instant.parse(time),
                n.path("service").asText(), n.path("level").asText(), n.path("message").asText());
    }

    /** The culprit as one line of text: {@code billing at 10:00:02 — no tariff for plan gold}. */
    static String culpritLine(EvidenceLine c) {
        String at = c.time() == null ? "" : " at " + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .format(c.time().atZone(java.time.ZoneId.systemDefault()).toLocalTime());
        return (c.service().isEmpty() ? c.source() : c.service()) + at + " — " + c.message();
    }
}
