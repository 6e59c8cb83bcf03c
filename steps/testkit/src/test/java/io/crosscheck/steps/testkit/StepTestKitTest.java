package io.crosscheck.steps.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.spi.step.BoundTemplate;
import io.crosscheck.engine.result.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit runs real scenarios, writes the connections it is given, and its context evaluates as the engine does. */
class StepTestKitTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioRunsThroughTheEngineAndItsStepsAreFoundByName() {
        StepRun run = StepTestKit.scenario("""
                scenario: Sums
                vars: { a: 2 }
                steps:
                  - name: adds up
                    assert: [ "a + 1 == 3" ]
                  - name: does not
                    assert: [ "a == 5" ]
                """).run();

        assertThat(run.only().status()).isEqualTo(Status.FAILED);
        assertThat(run.step("adds up").status()).isEqualTo(Status.PASSED);
        assertThat(run.step("Sums", "does not").error()).isEqualTo("a was 2, 5 was 5");
        assertThat(run.describe()).contains("Sums FAILED", "STEP does not FAILED");
    }

    @Test
    void connectionsAndSettingsGoToTheEnvironmentOfCrosscheckYaml() throws Exception {
        StepTestKit kit = StepTestKit.in(dir).file("s.yaml", "scenario: s\nsteps:\n  - assert: [ true ]\n")
                .connection("sql", "main", Map.of("url", "jdbc:h2:mem:x"))
                .settings("http", Map.of("baseUrl", "http://127.0.0.1:1"))
                .environment("kafka:\n  main: { bootstrap.servers: \"127.0.0.1:1\" }")
                .config("defaults: { timeout: 5s }");

        assertThat(java.nio.file.Files.readString(dir.resolve("crosscheck.yaml"))).isEqualTo("""
                defaults: { timeout: 5s }
                environments:
                  local:
                    sql:
                      main: {"url":"jdbc:h2:mem:x"}
                    http: {"baseUrl":"http://127.0.0.1:1"}
                    kafka:
                      main: { bootstrap.servers: "127.0.0.1:1" }
                """);
        assertThat(kit.validate()).isEmpty();
        assertThat(kit.run().only().status()).isEqualTo(Status.PASSED);
    }

    @Test
    void theFakeContextRendersEvaluatesAndBindsWithTheEnginesLanguage() throws Exception {
        try (FakeStepContext ctx = FakeStepContext.create().var("id", 42).var("name", "Ann")) {
            assertThat(ctx.render("${id}")).isEqualTo(42);
            assertThat(ctx.renderText("customer ${name}")).isEqualTo("customer Ann");
            assertThat(ctx.eval("id * 2", Map.of("id", 5))).isEqualTo(10);
            BoundTemplate bound = ctx.bind("SELECT * FROM t WHERE id = ${id} AND name = ${name}");
            assertThat(bound.text()).isEqualTo("SELECT * FROM t WHERE id = ? AND name = ?");
            assertThat(bound.values()).containsExactly(42, "Ann");
            assertThat(ctx.checkExpressions(List.of("id == 42"))).allMatch(c -> c.passed());
        }
    }

    @Test
    void theFakeContextOpensEachConnectionOnceAndClosesIt() throws Exception {
        List<String> closed = new java.util.ArrayList<>();
        FakeStepContext ctx = FakeStepContext.create().connection("sql", "main", Map.of("url", "u"));
        AutoCloseable first = ctx.connection("sql", null, c -> (AutoCloseable) () -> closed.add(c.name() + " " + c.properties()));
        AutoCloseable again = ctx.connection("sql", "main", c -> () -> closed.add("a second one"));
        ctx.close();

        assertThat(again).isSameAs(first);
        assertThat(closed).containsExactly("main {url=u}");
    }

    @Test
    void theFakeContextPicksAnUnnamedConnectionOnlyWhenThereIsOne() {
        FakeStepContext ctx = FakeStepContext.create().connection("sql", "a", Map.of()).connection("sql", "b", Map.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.connection("sql", null, c -> c))
                .hasMessage("2 sql connections configured: name the one to use");
        assertThat(ctx.scenario()).isSameAs(ctx.scenario());
    }

    @Test
    void theEnginesOwnHandlersKeepTheContract() {
        assertThat(StepContract.handlers(getClass().getClassLoader())).extracting(h -> h.verb()).contains("assert", "wait");
        assertThat(StepContract.violations(getClass().getClassLoader())).isEmpty();
    }
}
