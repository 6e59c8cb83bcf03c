package io.crosscheck.reporters;

import io.crosscheck.engine.spi.report.Reporter;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code junit.xml} in the Ant/Surefire format that Jenkins, GitLab and GitHub render: a testsuite per
 * scenario file, a testcase per scenario (per example row) with its {@code file}, {@code line} and
 * {@code timestamp}, {@code <failure>} for FAILED and {@code <error>} for ERROR. Beside it, {@code junit/} holds
 * the same suites one per file ({@code TEST-scenarios.billing.invoice.xml}, root {@code <testsuite>}), the
 * layout Ant's junitreport, Maven Surefire's report and Jenkins' xUnit read; those keep to junit-10.xsd exactly.
 * Written with StAX, so escaping is the writer's job; text is first cleaned of characters XML forbids.
 */
public final class JunitXmlReporter implements Reporter {

    public static final String FILE_NAME = "junit.xml";
    public static final String FOLDER_NAME = "junit";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final FailureText text = new FailureText();

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public Path write(RunResult result, Path reportDir) throws IOException {
        Map<String, List<ScenarioResult>> files = byFile(result);
        SuiteNames names = new SuiteNames(files.keySet());
        String host = hostname();
        // junit.xml and the suite files carry the same step lists: each is made once
        Map<ScenarioResult, String> systemOut = new IdentityHashMap<>();
        Path file = reportDir.resolve(FILE_NAME);
        xml(file, w -> {
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "crosscheck" + (result.environment().isEmpty() ? "" : " (" + XmlChars.attribute(result.environment()) + ")"));
            w.writeAttribute("tests", String.valueOf(result.scenarios().size()));
            w.writeAttribute("failures", String.valueOf(result.count(Status.FAILED)));
            w.writeAttribute("errors", String.valueOf(result.count(Status.ERROR)));
            w.writeAttribute("skipped", String.valueOf(result.count(Status.SKIPPED)));
            w.writeAttribute("time", Durations.seconds(result.durationMs()));
            if (result.startedAt() != null) w.writeAttribute("timestamp", timestamp(result.startedAt()));
            for (Map.Entry<String, List<ScenarioResult>> f : files.entrySet()) {
                w.writeCharacters("\n  ");
                suite(result, f.getKey(), f.getValue(), names, host, false, systemOut, w);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
        Path folder = Files.createDirectories(reportDir.resolve(FOLDER_NAME));
        for (Map.Entry<String, List<ScenarioResult>> f : files.entrySet()) {
            Path suiteFile = folder.resolve("TEST-" + names.classname(f.getKey()) + ".xml");
            xml(suiteFile, w -> suite(result, f.getKey(), f.getValue(), names, host, true, systemOut, w));
        }
        return file;
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(Path file, XmlBody body) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param strict junit-10.xsd only: no {@code file}/{@code line}/{@code timestamp} on testcases */
    private void suite(RunResult run, String file, List<ScenarioResult> cases, SuiteNames names, String host,
                       boolean strict, Map<ScenarioResult, String> systemOut, XMLStreamWriter w) throws XMLStreamException {
        String classname = XmlChars.attribute(names.classname(file));
        String path = XmlChars.attribute(names.path(file));
        w.writeStartElement("testsuite");
        w.writeAttribute("name", classname);
        w.writeAttribute("tests", String.valueOf(cases.size()));
        w.writeAttribute("failures", String.valueOf(count(cases, Status.FAILED)));
        w.writeAttribute("errors", String.valueOf(count(cases, Status.ERROR)));
        w.writeAttribute("skipped", String.valueOf(count(cases, Status.SKIPPED)));
        w.writeAttribute("time", Durations.seconds(cases.stream().mapToLong(ScenarioResult::durationMs).sum()));
        Instant start = cases.stream().map(ScenarioResult::startedAt).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).orElse(run.startedAt());
        if (start != null) w.writeAttribute("timestamp", timestamp(start));
        w.writeAttribute("hostname", XmlChars.attribute(host));
        w.writeAttribute("file", path);
        w.writeCharacters("\n    ");
        w.writeStartElement("properties");
        property(w, "crosscheck.run", run.id());
        property(w, "crosscheck.environment", run.environment());
        property(w, "crosscheck.file", path);
        if (run.interrupted()) property(w, "crosscheck.interrupted", "true");
        w.writeEndElement();
        for (ScenarioResult s : cases) {
            w.writeCharacters("\n    ");
            testcase(s, classname, path, strict, systemOut, w);
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private void testcase(ScenarioResult s, String classname, String path, boolean strict,
                          Map<ScenarioResult, String> systemOut, XMLStreamWriter w) throws XMLStreamException {
        int line = s.position() == null ? 0 : s.position().line();
        w.writeStartElement("testcase");
        w.writeAttribute("name", XmlChars.attribute(s.displayName()));
        w.writeAttribute("classname", classname);
        w.writeAttribute("time", Durations.seconds(s.durationMs()));
        if (!strict) {
            w.writeAttribute("file", path);
            w.writeAttribute("line", String.valueOf(line));
            if (s.startedAt() != null) w.writeAttribute("timestamp", timestamp(s.startedAt()));
        }
        switch (s.status()) {
            case FAILED, ERROR -> {
                w.writeCharacters("\n      ");
                w.writeStartElement(s.status() == Status.FAILED ? "failure" : "error");
                w.writeAttribute("message", XmlChars.attribute(text.summary(s)));
                w.writeAttribute("type", FailureText.firstFailingStep(s).map(r -> r.verb()).filter(v -> v != null && !v.isBlank())
                        .orElse(s.status().name().toLowerCase(java.util.Locale.ROOT)));
                w.writeCharacters(XmlChars.clean(text.failures(s)));
                w.writeEndElement();
            }
            case SKIPPED -> {
                w.writeCharacters("\n      ");
                w.writeEmptyElement("skipped");
                if (!s.message().isBlank()) w.writeAttribute("message", XmlChars.attribute(s.message()));
            }
            case PASSED -> { }
        }
        if (!s.steps().isEmpty()) {
            w.writeCharacters("\n      ");
            w.writeStartElement("system-out");
            w.writeCharacters(systemOut.computeIfAbsent(s, c -> XmlChars.clean(path + ":" + line + "\n" + text.stepList(c))));
            w.writeEndElement();
        }
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static String timestamp(Instant at) {
        return TIMESTAMP.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeEmptyElement("property");
        w.writeAttribute("name", name);
        w.writeAttribute("value", XmlChars.attribute(value == null ? "" : value));
    }

    private static Map<String, List<ScenarioResult>> byFile(RunResult run) {
        Map<String, List<ScenarioResult>> files = new LinkedHashMap<>();
        for (ScenarioResult s : run.scenarios()) files.computeIfAbsent(file(s), f -> new ArrayList<>()).add(s);
        return files;
    }

    private static String file(ScenarioResult s) {
        return s.position() == null ? io.crosscheck.engine.result.Position.UNKNOWN.file() : s.file();
    }

    private static long count(List<ScenarioResult> cases, Status status) {
        return cases.stream().filter(s -> s.status() == status).count();
    }

    private static String hostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) return env;
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
