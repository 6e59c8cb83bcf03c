package io.crosscheck.junit;

import io.crosscheck.steps.testkit.StepTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Which files become tests, and the shape of the tree: file, scenario, example rows, steps. */
class DiscoveryTest {
    @TempDir
    Path dir;

    private TestDescriptor discover(org.junit.platform.engine.DiscoverySelector selector, String... parameters) {
        var builder = EngineTestKit.engine(Ids.ENGINE).selectors(selector);
        for (int i = 0; i < parameters.length; i += 2) builder.configurationParameter(parameters[i], parameters[i + 1]);
        return builder.discover().getEngineDescriptor();
    }

    /** The tree as indented display names. */
    private static String tree(TestDescriptor d, String indent) {
        StringBuilder sb = new StringBuilder();
        for (TestDescriptor child : d.getChildren()) {
            sb.append(indent).append(child.getDisplayName()).append('\n').append(tree(child, indent + "  "));
        }
        return sb.toString();
    }

    @Test
    void aRowOfAScenarioWhoseNameUsesTheRowIsNamedByTheRenderedNameAndItsNumber() {
        StepTestKit.in(dir).file("plans.yaml", """
                scenario: Plan ${plan} in ${region}
                examples: { matrix: { plan: [basic, premium], region: [eu] } }
                steps:
                  - wait: { for: 1ms }
                """);
        assertThat(tree(discover(selectDirectory(dir.toFile())), "")).isEqualTo("""
                plans.yaml
                  plans.yaml › Plan ${plan} in ${region}
                    plans.yaml › Plan basic in eu [1]
                      plans.yaml › Plan basic in eu [1] › wait for 1ms
                    plans.yaml › Plan premium in eu [2]
                      plans.yaml › Plan premium in eu [2] › wait for 1ms
                """);
    }

    @Test
    void aFolderGivesAContainerPerFileAndScenarioARowPerExampleAndATestPerStep() {
        StepTestKit.in(dir)
                .file("crosscheck.yaml", "environments:\n  local:\n    vars: { greeting: hi }\n")
                .file("billing/plans.yaml", """
                        scenario: Plans are priced
                        tags: [billing, smoke]
                        examples:
                          - { plan: basic, price: 5 }
                          - { plan: premium, price: 12 }
                        setup:
                          - assert: [ "greeting == 'hi'" ]
                        steps:
                          - assert: [ "price > 0" ]
                          - name: a short pause
                            wait: { for: 10ms }
                        teardown:
                          - assert: [ "true" ]
                        ---
                        scenario: Second scenario of the file
                        steps:
                          - wait: { for: 1ms }
                        """)
                .file("application.yaml", "server:\n  port: 8080\n")
                .file("target/copied.yaml", "scenario: ignored\nsteps: []\n");
        TestDescriptor engine = discover(selectDirectory(dir.toFile()));
        assertThat(tree(engine, "")).isEqualTo("""
                billing/plans.yaml
                  billing/plans.yaml › Plans are priced
                    billing/plans.yaml › Plans are priced [1: plan=basic, price=5]
                      billing/plans.yaml › Plans are priced [1: plan=basic, price=5] › setup: assert greeting == 'hi'
                      billing/plans.yaml › Plans are priced [1: plan=basic, price=5] › assert price > 0
                      billing/plans.yaml › Plans are priced [1: plan=basic, price=5] › a short pause
                      billing/plans.yaml › Plans are priced [1: plan=basic, price=5] › teardown: assert true
                    billing/plans.yaml › Plans are priced [2: plan=premium, price=12]
                      billing/plans.yaml › Plans are priced [2: plan=premium, price=12] › setup: assert greeting == 'hi'
                      billing/plans.yaml › Plans are priced [2: plan=premium, price=12] › assert price > 0
                      billing/plans.yaml › Plans are priced [2: plan=premium, price=12] › a short pause
                      billing/plans.yaml › Plans are priced [2: plan=premium, price=12] › teardown: assert true
                  billing/plans.yaml › Second scenario of the file
                    billing/plans.yaml › Second scenario of the file › wait for 1ms
                """);
        TestDescriptor scenario = engine.getChildren().iterator().next().getChildren().iterator().next();
        assertThat(scenario.getTags()).containsExactly(TestTag.create("billing"), TestTag.create("smoke"));
        assertThat(scenario.getSource()).contains(FileSource.from(dir.resolve("billing/plans.yaml").toFile(), FilePosition.from(1, 1)));
        TestDescriptor pause = scenario.getChildren().iterator().next().getChildren().stream()
                .filter(s -> s.getDisplayName().endsWith(" › a short pause")).findFirst().orElseThrow();
        assertThat(pause.getSource()).contains(FileSource.from(dir.resolve("billing/plans.yaml").toFile(), FilePosition.from(11, 5)));
        assertThat(pause.getTags()).contains(TestTag.create("smoke"));
        assertThat(pause.getUniqueId().toString()).endsWith("/[scenario:1]/[example:1]/[step:step-2]");
    }

    @Test
    void aFileSelectorTakesTheFileAndCrosscheckTagsFilterScenarios() {
        StepTestKit.in(dir).file("s.yaml", """
                scenario: fast
                tags: [smoke]
                steps: [ { assert: [ "true" ] } ]
                ---
                scenario: slow
                tags: [smoke, slow]
                steps: [ { assert: [ "true" ] } ]
                ---
                scenario: other
                steps: [ { assert: [ "true" ] } ]
                """);
        TestDescriptor engine = discover(selectFile(dir.resolve("s.yaml").toFile()), "crosscheck.tags", "smoke,!slow");
        assertThat(scenarioNames(engine)).containsExactly("fast");
    }

    @Test
    void aClasspathResourceFolderIsScanned() {
        TestDescriptor engine = discover(selectClasspathResource("crosscheck-scenarios"));
        assertThat(scenarioNames(engine)).containsExactly("Greeting is computed", "Rows of a table are checked");
        // the build's copy in target/test-classes is found, its source is what messages and the IDE name
        assertThat(engine.getChildren()).extracting(d -> ((FileDescriptor) d).file())
                .containsExactly(Path.of("src/test/resources/crosscheck-scenarios/greeting.yaml").toAbsolutePath(),
                        Path.of("src/test/resources/crosscheck-scenarios/table.yaml").toAbsolutePath());
    }

    @Test
    void aPackageAndAClasspathRootAreScannedForFilesWithAScenarioKey() throws Exception {
        assertThat(scenarioNames(discover(selectPackage("io.crosscheck.junit.samples")))).containsExactly("Arithmetic holds");
        Path testClasses = Path.of(getClass().getResource("/crosscheck-scenarios").toURI()).getParent();
        assertThat(scenarioNames(discover(selectClasspathRoots(java.util.Set.of(testClasses)).get(0))))
                .containsExactlyInAnyOrder("Arithmetic holds", "Greeting is computed", "Rows of a table are checked");
    }

    private static List<String> scenarioNames(TestDescriptor engine) {
        return engine.getChildren().stream().flatMap(f -> f.getChildren().stream())
                .map(s -> ((ScenarioDescriptor) s).scenario().name())
                .collect(Collectors.toList());
    }
}
