package io.crosscheck.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crosscheck.testkit.http.HttpTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * examples/consumer built with the machine's plain {@code mvn}, as a team would, against a real billing service on
 * 127.0.0.1: the build passes, and Surefire's own TEST-*.xml names every step {@code file › scenario [row] › step},
 * each once; {@code -Dtest=Suite#pattern} runs only the scenarios it names.
 */
class ConsumerProjectIT {
    private static final String CUSTOMERS = "customers.yaml › A customer's plan is billed at its price";
    private static final String ROW_2 = CUSTOMERS + " [2: customerId=42, plan=premium, price=12.5]";
    static HttpTestServer billing;
    /** What the service answers for the premium customer's bill. */
    static final AtomicReference<String> premiumAmount = new AtomicReference<>("12.5");

    @TempDir
    Path work;

    @BeforeAll
    static void startBilling() throws Exception {
        billing = HttpTestServer.start()
                .json("GET /health", 200, "{\"status\": \"up\"}")
                .json("GET /customers/41", 200, "{\"id\": 41, \"plan\": \"basic\"}")
                .json("GET /customers/42", 200, "{\"id\": 42, \"plan\": \"premium\"}")
                .route("POST /bills", (ex, body) -> HttpTestServer.respond(ex, 201, "application/json",
                        "{\"amount\": " + (body.contains("41") ? "5" : premiumAmount.get()) + "}"));
    }

    @AfterAll
    static void stopBilling() {
        billing.close();
    }

    @Test
    void theExampleBuildsWithPlainMavenAndSurefireNamesEveryStepOnce() throws Exception {
        assumeTrue(ConsumerBuild.mvn().isPresent(), "no mvn on the PATH");
        ConsumerBuild build = new ConsumerBuild(Path.of("..").toAbsolutePath().normalize(), work);
        Path project = build.prepare(System.getProperty("crosscheck.version", "0.1.0-SNAPSHOT"));

        StringBuilder log = new StringBuilder();
        assertThat(build.mvn(project, Map.of("BILLING_URL", billing.url()), log)).as(log.toString()).isZero();
        List<String[]> cases = testcases(project);
        assertThat(cases).extracting(c -> c[1]).containsExactly(
                CUSTOMERS + " [1: customerId=41, plan=basic, price=5] › call GET /customers/${customerId}",
                CUSTOMERS + " [1: customerId=41, plan=basic, price=5] › call POST /bills",
                CUSTOMERS + " [1: customerId=41, plan=basic, price=5] › assert customer.id == customerId",
                CUSTOMERS + " [2: customerId=42, plan=premium, price=12.5] › call GET /customers/${customerId}",
                CUSTOMERS + " [2: customerId=42, plan=premium, price=12.5] › call POST /bills",
                CUSTOMERS + " [2: customerId=42, plan=premium, price=12.5] › assert customer.id == customerId",
                "health.yaml › The service is up › call GET /health");
        assertThat(cases).extracting(c -> c[0]).containsOnly("ScenariosTest");
        assertThat(cases).extracting(c -> c[2]).containsOnly("passed");
        assertThat(Files.exists(project.resolve("target/crosscheck/index.html"))).isTrue();

        StringBuilder selected = new StringBuilder();
        assertThat(build.mvn(project, Map.of("BILLING_URL", billing.url()), selected, "-Dtest=ScenariosTest#The service*"))
                .as(selected.toString()).isZero();
        assertThat(testcases(project)).extracting(c -> c[1]).containsExactly("health.yaml › The service is up › call GET /health");
    }

    @Test
    void aFailedRowIsNamedByItsRowAndReadsAsOneFailureNotAFlakyRerun() throws Exception {
        assumeTrue(ConsumerBuild.mvn().isPresent(), "no mvn on the PATH");
        ConsumerBuild build = new ConsumerBuild(Path.of("..").toAbsolutePath().normalize(), work);
        Path project = build.prepare(System.getProperty("crosscheck.version", "0.1.0-SNAPSHOT"));
        premiumAmount.set("13");
        StringBuilder log = new StringBuilder();
        try {
            assertThat(build.mvn(project, Map.of("BILLING_URL", billing.url()), log, "-Dtest=ScenariosTest#*billed*"))
                    .as(log.toString()).isEqualTo(1);
        } finally {
            premiumAmount.set("12.5");
        }
        List<String[]> failed = testcases(project).stream().filter(c -> !c[2].equals("passed")).toList();
        // the step that failed, the row's container, and the step after it, skipped
        assertThat(failed).extracting(c -> c[1] + ": " + c[2]).containsExactly(
                ROW_2 + " › call POST /bills: failed", ROW_2 + " › assert customer.id == customerId: skipped", ROW_2 + ": failed");
        assertThat(testcases(project)).extracting(c -> c[1]).doesNotHaveDuplicates();
        assertThat(log).contains("src/test/scenarios/customers.yaml:13:5: body.amount: expected 12.5, was 13")
                .doesNotContain("Run 1:", "Flakes", "at io.crosscheck.");
    }

    /** Each testcase of Surefire's report as classname, name and outcome. */
    private static List<String[]> testcases(Path project) throws Exception {
        Path xml = project.resolve("target/surefire-reports/TEST-com.example.billing.ScenariosTest.xml");
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getElementsByTagName("testcase");
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element c = (Element) nodes.item(i);
            String outcome = c.getElementsByTagName("failure").getLength() > 0 ? "failed"
                    : c.getElementsByTagName("error").getLength() > 0 ? "error"
                    : c.getElementsByTagName("skipped").getLength() > 0 ? "skipped" : "passed";
            out.add(new String[] {c.getAttribute("classname"), c.getAttribute("name"), outcome});
        }
        return out;
    }
}
