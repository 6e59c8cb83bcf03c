package io.crosscheck.reporters;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.testkit.JunitXsd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JunitXmlReporterTest {

    @TempDir
    Path dir;

    private Path write(RunResult run) throws Exception {
        return new JunitXmlReporter().write(run, dir);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void suiteFilesAreValidAgainstTheJenkinsJunitSchema() throws Exception {
        Path file = write(SampleRun.run());
        JunitXsd.validateSuiteFile(dir.resolve("junit/TEST-scenarios.billing.invoice.xml")); // throws when invalid
        assertThat(file.getFileName().toString()).isEqualTo("junit.xml");
    }

    @Test
    void oneSuitePerFileAndOneCasePerScenarioOrExampleRow() throws Exception {
        Document doc = parse(write(SampleRun.run()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("6");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("time")).isEqualTo("7.654");

        NodeList suites = doc.getElementsByTagName("testsuite");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < suites.getLength(); i++) names.add(((Element) suites.item(i)).getAttribute("name"));
        assertThat(names).containsExactly("scenarios.profile", "scenarios.billing.invoice",
                "scenarios.hostile", "scenarios.consumption");

        Element profile = (Element) suites.item(0);
        assertThat(profile.getAttribute("tests")).isEqualTo("2");
        assertThat(profile.getAttribute("skipped")).isEqualTo("1");
        assertThat(profile.getAttribute("failures")).isEqualTo("0");
        assertThat(profile.getAttribute("timestamp")).isEqualTo("2025-03-01T02:00:00");
        assertThat(profile.getAttribute("hostname")).isNotBlank();

        Element billing = (Element) suites.item(1);
        NodeList cases = billing.getElementsByTagName("testcase");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("Invoice is issued [plan=basic]");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("Invoice is issued [plan=premium]");
        assertThat(((Element) cases.item(1)).getAttribute("classname")).isEqualTo("scenarios.billing.invoice");
        assertThat(((Element) cases.item(1)).getAttribute("time")).isEqualTo("0.248");
    }

    @Test
    void failedIsAFailureAndErrorIsAnErrorWithExpectedVersusActual() throws Exception {
        Document doc = parse(write(SampleRun.run()));
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("expect status equals: expected 200, actual 404");
        assertThat(failure.getAttribute("type")).isEqualTo("call");
        assertThat(failure.getTextContent())
                .contains("FAILED: step 'call GET /invoices/premium' at scenarios/billing/invoice.yaml:8:7")
                .contains("expect status equals\n    expected: 200\n    actual:   404")
                .contains("expected: {\"plan\":\"premium\",\"total\":12.5,\"lines\":[1,2]}")
                .doesNotContain("body.note equals\n    expected: \"monthly invoice\"\n    actual:   \"monthly invoice\"\n");
        NodeList errors = doc.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(((Element) doc.getElementsByTagName("skipped").item(0)).getAttribute("message")).isEqualTo("excluded by --tags !slow");
        String out = doc.getElementsByTagName("system-out").item(0).getTextContent();
        assertThat(out).contains("PASSED  setup    insert customer  scenarios/profile.yaml:6:7  12 ms");
    }

    @Test
    void aFailureInsideAFragmentPointsIntoTheFragmentFile() throws Exception {
        RunResult run = new RunResult("run-1", SampleRun.START, 31, "local", List.of(SampleRun.fragment()), false);
        Document doc = parse(write(run));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("assert");
        assertThat(failure.getTextContent()).isEqualTo("""
                FAILED: step 'use fragments/login.yaml' at scenarios/orders.yaml:3:7 (31 ms)
                  FAILED: step 'assert token != \'\'' at scenarios/fragments/login.yaml:7:7 (1 ms)
                    assert token != ''
                      token was ''
                """);
        assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("FAILED  step     use fragments/login.yaml  scenarios/orders.yaml:3:7")
                .contains("PASSED  step       call POST /login  scenarios/fragments/login.yaml:4:7");
    }

    @Test
    void hostileTextStaysTextAndForbiddenControlCharactersAreReplaced() throws Exception {
        Path file = write(SampleRun.run());
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<script>").doesNotContain("<img").doesNotContain("]]>").doesNotContain("\u0007");
        Document doc = parse(file);
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("broke ]]> with \\u0007 bell and </script><!-- " + SampleRun.IMG);
        assertThat(error.getTextContent()).contains(SampleRun.SCRIPT).contains("]]>").contains("\\u0007");
        Element testcase = (Element) error.getParentNode();
        assertThat(testcase.getAttribute("name")).isEqualTo(SampleRun.HOSTILE_NAME);
    }

    @Test
    void classnameIsThePathWithoutExtensionWithDotsAndNoDotOfItsOwn() {
        assertThat(SuiteNames.dotted("scenarios/billing/invoice.yaml")).isEqualTo("scenarios.billing.invoice");
        assertThat(SuiteNames.dotted("./a.b/c.yml")).isEqualTo("a_b.c");
        assertThat(SuiteNames.dotted("C:\\work\\x.yaml")).isEqualTo("work.x");
        assertThat(SuiteNames.dotted("v1.2-smoke.yaml")).isEqualTo("v1_2-smoke");
        assertThat(SuiteNames.dotted("noext")).isEqualTo("noext");
    }

    @Test
    void absolutePathsAreNamedRelativeToTheFolderOfTheRunsFiles() {
        SuiteNames names = new SuiteNames(List.of("/tmp/cx-mix/scenarios/billing-api-token.yaml",
                "/tmp/cx-mix/scenarios/sub/b.yaml"));
        assertThat(names.path("/tmp/cx-mix/scenarios/billing-api-token.yaml")).isEqualTo("billing-api-token.yaml");
        assertThat(names.classname("/tmp/cx-mix/scenarios/sub/b.yaml")).isEqualTo("sub.b");
        assertThat(new SuiteNames(List.of("scenarios/a.yaml")).path("scenarios/a.yaml")).isEqualTo("scenarios/a.yaml");
    }

    @Test
    void xmlCharsReplacesWhatXmlForbidsAndKeepsEmoji() {
        assertThat(XmlChars.clean("a\u0000b\u001Fc\td\ne\rf")).isEqualTo("a\\u0000b\\u001Fc\td\ne\rf");
        assertThat(XmlChars.clean("ok 😀")).isEqualTo("ok 😀");
        assertThat(XmlChars.clean("lone \uD800 surrogate")).isEqualTo("lone \\uD800 surrogate");
        assertThat(XmlChars.attribute("two\nlines\u0007")).isEqualTo("two lines\\u0007");
    }

    @Test
    void emptyRunIsStillValid() throws Exception {
        Path file = write(new RunResult("empty", null, 0, "", List.of(), false));
        JunitXsd.validateJunitXml(file);
        assertThat(parse(file).getDocumentElement().getAttribute("tests")).isEqualTo("0");
    }
}
