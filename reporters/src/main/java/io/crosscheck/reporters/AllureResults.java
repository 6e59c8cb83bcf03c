package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonFactory;
import io.crosscheck.engine.result.Evidence;
import io.crosscheck.engine.result.EvidenceLine;
import io.crosscheck.engine.result.ReportItem;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Allure 2 results ({@code --allure-dir}): one test result per scenario run with its steps and their statuses, the
 * example row as parameters, tags as labels, the description, and each step's request, response and report
 * tables as JSON attachments. Written with Allure's own model and {@link FileSystemResultsWriter}.
 * FAILED is Allure's {@code failed}, ERROR its {@code broken}.
 */
public final class AllureResults {
    /** An attachment keeps at most this much of a value, like the HTML report: results.json has the rest. */
    private static final JsonValues ATTACHED = new JsonValues(1_000, 100_000);

    private final JsonFactory json = new JsonFactory();
    private final FailureText text = new FailureText();

    public void write(RunResult run, Path dir) throws IOException {
        Files.createDirectories(dir);
        FileSystemResultsWriter writer = new FileSystemResultsWriter(dir);
        SuiteNames names = new SuiteNames(run.scenarios().stream().map(ScenarioResult::file).distinct().toList());
        for (ScenarioResult s : run.scenarios()) writer.write(testResult(s, names, writer));
    }

    private TestResult testResult(ScenarioResult s, SuiteNames names, FileSystemResultsWriter writer) {
        String path = names.path(s.file());
        String classname = names.classname(s.file());
        long start = s.startedAt() == null ? 0 : s.startedAt().toEpochMilli();
        TestResult result = new TestResult()
                .setUuid(UUID.randomUUID().toString())
                .setHistoryId(id(path + "\n" + s.displayName()))
                .setTestCaseId(id(path + "\n" + s.name()))
                .setName(s.displayName())
                .setFullName(classname + "." + s.displayName())
                .setDescription(s.description())
                .setStatus(status(s.status()))
                .setStart(start)
                .setStop(start + s.durationMs());
        if (s.status() != Status.PASSED && !s.message().isBlank()) {
            result.setStatusDetails(new StatusDetails().setMessage(s.message()).setTrace(text.failures(s)));
        }
        List<Label> labels = new ArrayList<>(List.of(label("framework", "crosscheck"), label("suite", path),
                label("package", classname), label("testClass", classname), label("testMethod", s.displayName())));
        s.tags().forEach(t -> labels.add(label("tag", t)));
        result.setLabels(labels);
        List<Parameter> parameters = new ArrayList<>();
        s.exampleRow().forEach((k, v) -> parameters.add(new Parameter().setName(String.valueOf(k)).setValue(String.valueOf(v))));
        result.setParameters(parameters);
        List<StepResult> steps = new ArrayList<>();
        for (StepRecord r : s.steps()) steps.add(step(r, start, writer));
        result.setSteps(steps);
        if (!s.evidence().isEmpty()) result.setAttachments(List.of(attach("evidence", evidence(s.evidence()), writer)));
        return result;
    }

    /** The scenario's evidence as results.json says it: trace id, likely culprit, timeline, sources that failed. */
    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("traceId", e.traceId());
        out.put("culprit", e.culprit() == null ? null : EvidenceJson.culpritLine(e.culprit()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (EvidenceLine l : e.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("time", l.time() == null ? null : l.time().toString());
            line.put("service", l.service());
            line.put("level", l.level());
            line.put("message", l.message());
            line.put("source", l.source());
            lines.add(line);
        }
        out.put("timeline", lines);
        List<Map<String, Object>> failed = new ArrayList<>();
        for (Evidence.Failure f : e.failures()) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("source", f.source());
            failure.put("reason", f.reason());
            failed.add(failure);
        }
        out.put("sourcesThatDidNotAnswer", failed);
        return out;
    }

    private StepResult step(StepRecord r, long scenarioStart, FileSystemResultsWriter writer) {
        long start = scenarioStart + r.startOffsetMs();
        StepResult step = new StepResult().setName(r.name()).setStatus(status(r.status()))
                .setStart(start).setStop(start + r.durationMs());
        if (!r.error().isBlank()) step.setStatusDetails(new StatusDetails().setMessage(r.error()));
        List<Attachment> attachments = new ArrayList<>();
        if (!r.request().isEmpty()) attachments.add(attach("request", r.request(), writer));
        if (r.response() != null) attachments.add(attach("response", r.response(), writer));
        for (ReportItem item : r.reports()) {
            if (item.data() != null) attachments.add(attach(item.kind() + ": " + item.title(), item.data(), writer));
        }
        step.setAttachments(attachments);
        List<StepResult> inner = new ArrayList<>();   // a use step's fragment steps, nested as Allure nests steps
        for (StepRecord child : r.steps()) inner.add(step(child, scenarioStart, writer));
        step.setSteps(inner);
        if (r.position() != null) {
            step.setParameters(List.of(new Parameter().setName("at").setValue(r.position().toString())));
        }
        return step;
    }

    private Attachment attach(String name, Object value, FileSystemResultsWriter writer) {
        String source = UUID.randomUUID() + "-attachment.json";
        byte[] bytes = ATTACHED.compact(json, value).getBytes(StandardCharsets.UTF_8);
        writer.write(source, new ByteArrayInputStream(bytes));
        return new Attachment().setName(name).setType("application/json").setSource(source);
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }

    private static io.qameta.allure.model.Status status(Status s) {
        return switch (s) {
            case PASSED -> io.qameta.allure.model.Status.PASSED;
            case FAILED -> io.qameta.allure.model.Status.FAILED;
            case ERROR -> io.qameta.allure.model.Status.BROKEN;
            case SKIPPED -> io.qameta.allure.model.Status.SKIPPED;
        };
    }

    /** A stable id across runs, so Allure links a scenario's history and retries. */
    private static String id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
