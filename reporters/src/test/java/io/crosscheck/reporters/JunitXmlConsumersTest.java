package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.testkit.JunitXsd;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.SurefireReportParser;
import org.apache.tools.ant.BuildEvent;
import org.apache.tools.ant.BuildListener;
import org.apache.tools.ant.Project;
import org.apache.tools.ant.taskdefs.optional.junit.AggregateTransformer;
import org.apache.tools.ant.taskdefs.optional.junit.XMLResultAggregator;
import org.apache.tools.ant.types.FileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML read by the real consumers' own code: Ant's junitreport, Maven Surefire's report parser, the XSD. */
class JunitXmlConsumersTest {
    @TempDir
    Path dir;

    private final RunResult run = SampleRun.run();

    private Path suites() throws Exception {
        new JunitXmlReporter().write(run, dir);
        return dir.resolve(JunitXmlReporter.FOLDER_NAME);
    }

    @Test
    void antJunitreportAggregatesEverySuiteAndRendersItsReport() throws Exception {
        Path suites = suites();
        Project project = new Project();
        project.init();
        project.setBaseDir(dir.toFile());
        List<String> warnings = new ArrayList<>();
        project.addBuildListener(new Warnings(warnings));
        XMLResultAggregator junitreport = new XMLResultAggregator();
        junitreport.setProject(project);
        FileSet files = new FileSet();
        files.setDir(suites.toFile());
        files.setIncludes("TEST-*.xml");
        junitreport.addFileSet(files);
        Path out = Files.createDirectories(dir.resolve("ant"));
        junitreport.setTodir(out.toFile());
        AggregateTransformer html = junitreport.createReport();
        html.setTodir(out.resolve("html").toFile());
        AggregateTransformer.Format noframes = new AggregateTransformer.Format();
        noframes.setValue(AggregateTransformer.NOFRAMES);
        html.setFormat(noframes);
        junitreport.execute();

        assertThat(warnings).isEmpty();
        Document merged = parse(out.resolve("TESTS-TestSuites.xml"));
        NodeList list = merged.getElementsByTagName("testsuite");
        List<String> packagesAndNames = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element suite = (Element) list.item(i);
            packagesAndNames.add(suite.getAttribute("package") + " / " + suite.getAttribute("name"));
        }
        assertThat(packagesAndNames).containsExactlyInAnyOrder("scenarios / profile", "scenarios.billing / invoice",
                "scenarios / hostile", "scenarios / consumption");
        assertThat(merged.getElementsByTagName("testcase").getLength()).isEqualTo(6);
        String report = Files.readString(out.resolve("html/junit-noframes.html"));
        assertThat(report).contains("Invoice is issued [plan=premium]").contains("scenarios.billing");
    }

    @Test
    void surefireReadsEverySuiteWithoutPhantomPackagesOrDoubledTime() throws Exception {
        Path suites = suites();
        SurefireReportParser parser = new SurefireReportParser(List.of(suites.toFile()), new NullConsoleLogger());
        List<ReportTestSuite> read = parser.parseXMLReportFiles();

        assertThat(read).extracting(ReportTestSuite::getFullClassName).containsExactlyInAnyOrder(
                "scenarios.profile", "scenarios.billing.invoice", "scenarios.hostile", "scenarios.consumption");
        assertThat(parser.getSuitesGroupByPackage(read).keySet()).containsExactlyInAnyOrder("scenarios", "scenarios.billing");
        Map<String, Object> summary = parser.getSummary(read);
        assertThat(summary).containsEntry("totalTests", 6).containsEntry("totalFailures", 1)
                .containsEntry("totalErrors", 1).containsEntry("totalSkipped", 1);
        double scenarioSeconds = run.scenarios().stream().mapToLong(ScenarioResult::durationMs).sum() / 1000.0;
        double surefireSeconds = read.stream().mapToDouble(ReportTestSuite::getTimeElapsed).sum();
        assertThat(surefireSeconds).isCloseTo(scenarioSeconds, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theSuiteFilesKeepToJunit10AndJunitXmlAddsOnlyWhatTheFormatDocuments() throws Exception {
        Path suites = suites();
        try (Stream<Path> files = Files.list(suites)) {
            for (Path f : files.toList()) JunitXsd.validateSuiteFile(f);
        }
        Path all = dir.resolve(JunitXmlReporter.FILE_NAME);
        JunitXsd.validateJunitXml(all);
        Document doc = parse(all);
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertThat(c.getAttribute("file")).startsWith("scenarios/").endsWith(".yaml");
            assertThat(Integer.parseInt(c.getAttribute("line"))).isPositive();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new File(file.toString()));
    }

    private record Warnings(List<String> into) implements BuildListener {
        @Override
        public void messageLogged(BuildEvent e) {
            if (e.getPriority() <= Project.MSG_WARN) into.add(e.getMessage());
        }

        @Override public void buildStarted(BuildEvent e) { }
        @Override public void buildFinished(BuildEvent e) { }
        @Override public void targetStarted(BuildEvent e) { }
        @Override public void targetFinished(BuildEvent e) { }
        @Override public void taskStarted(BuildEvent e) { }
        @Override public void taskFinished(BuildEvent e) { }
    }
}
