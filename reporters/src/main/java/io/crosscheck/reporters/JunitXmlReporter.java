package io.crosscheck.reporters;

import io.crosscheck.engine.spi.Reporter;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.Status;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code junit.xml} in the Ant/Surefire format that Jenkins, GitLab and GitHub render: a testsuite per
 * scenario file, a testcase per scenario (per example row), {@code <failure>} for FAILED and {@code <error>} for
 * ERROR. Written with StAX, so escaping is the writer's job; text is first cleaned of characters XML forbids.
 */
public final class JunitXmlReporter implements Reporter {

    public static final String FILE_NAME = "junit.xml";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final FailureText text = new FailureText();

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public Path write(RunResult result, Path reportDir) throws IOException {
        Path file = reportDir.resolve(FILE_NAME);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            write(result, w);
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private void write(RunResult run, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("testsuites");
        w.writeAttribute("name", "crosscheck" + (run.environment().isEmpty() ? "" : " (" + XmlChars.attribute(run.environment()) + ")"));
        w.writeAttribute("tests", String.valueOf(run.scenarios().size()));
        w.writeAttribute("failures", String.valueOf(run.count(Status.FAILED)));
        w.writeAttribute("errors", String.valueOf(run.count(Status.ERROR)));
        w.writeAttribute("time", Durations.seconds(run.durationMs()));
        String host = hostname();
        for (Map.Entry<String, List<ScenarioResult>> file : byFile(run).entrySet()) {
            w.writeCharacters("\n  ");
            suite(run, file.getKey(), file.getValue(), host, w);
        }
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    private void suite(RunResult run, String file, List<ScenarioResult> cases, String host, XMLStreamWriter w)
            throws XMLStreamException {
        w.writeStartElement("testsuite");
        w.writeAttribute("name", XmlChars.attribute(file));
        w.writeAttribute("tests", String.valueOf(cases.size()));
        w.writeAttribute("failures", String.valueOf(count(cases, Status.FAILED)));
        w.writeAttribute("errors", String.valueOf(count(cases, Status.ERROR)));
        w.writeAttribute("skipped", String.valueOf(count(cases, Status.SKIPPED)));
        w.writeAttribute("time", Durations.seconds(cases.stream().mapToLong(ScenarioResult::durationMs).sum()));
        Instant start = cases.stream().map(ScenarioResult::startedAt).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).orElse(run.startedAt());
        if (start != null) w.writeAttribute("timestamp", TIMESTAMP.format(start.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
        w.writeAttribute("hostname", XmlChars.attribute(host));
        w.writeAttribute("file", XmlChars.attribute(file));
        w.writeCharacters("\n    ");
        w.writeStartElement("properties");
        property(w, "crosscheck.run", run.id());
        property(w, "crosscheck.environment", run.environment());
        if (run.interrupted()) property(w, "crosscheck.interrupted", "true");
        w.writeEndElement();
        for (ScenarioResult s : cases) {
            w.writeCharacters("\n    ");
            testcase(s, w);
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private void testcase(ScenarioResult s, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("testcase");
        w.writeAttribute("name", XmlChars.attribute(s.displayName()));
        w.writeAttribute("classname", XmlChars.attribute(classname(file(s))));
        w.writeAttribute("time", Durations.seconds(s.durationMs()));
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
            w.writeCharacters(XmlChars.clean(file(s) + ":" + (s.position() == null ? 0 : s.position().line()) + "\n" + text.stepList(s)));
            w.writeEndElement();
        }
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeEmptyElement("property");
        w.writeAttribute("name", name);
        w.writeAttribute("value", XmlChars.attribute(value == null ? "" : value));
    }

    /** {@code scenarios/billing.yaml} → {@code scenarios.billing}, as CI servers group test classes. */
    static String classname(String file) {
        String f = file.replace('\\', '/');
        int slash = f.lastIndexOf('/');
        int dot = f.lastIndexOf('.');
        if (dot > slash) f = f.substring(0, dot);
        f = f.replace('/', '.');
        while (f.startsWith(".")) f = f.substring(1);
        return f.isEmpty() ? "scenario" : f;
    }

    private static Map<String, List<ScenarioResult>> byFile(RunResult run) {
        Map<String, List<ScenarioResult>> files = new LinkedHashMap<>();
        for (ScenarioResult s : run.scenarios()) files.computeIfAbsent(file(s), f -> new ArrayList<>()).add(s);
        return files;
    }

    private static String file(ScenarioResult s) {
        return s.position() == null ? io.crosscheck.engine.spi.Position.UNKNOWN.file() : s.file();
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
