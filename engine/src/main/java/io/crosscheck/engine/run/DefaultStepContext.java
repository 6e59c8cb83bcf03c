package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.BoundTemplate;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.spi.step.ConnectionFactory;
import io.crosscheck.engine.spi.step.ScenarioInfo;
import io.crosscheck.engine.spi.step.StepContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** The StepContext of one attempt of one step: the scenario's scope, the run's resources, this attempt's deadline. */
final class DefaultStepContext implements StepContext {
    private final RunServices run;
    private final Scope scope;
    private final ScenarioInfo scenario;
    private final Map<String, Object> scenarioState;
    private final Duration timeout;
    private final Instant deadline;

    DefaultStepContext(RunServices run, Scope scope, ScenarioInfo scenario, Map<String, Object> scenarioState,
                       Duration timeout) {
        this.run = run;
        this.scope = scope;
        this.scenario = scenario;
        this.scenarioState = scenarioState;
        this.timeout = timeout;
        this.deadline = Instant.now().plusMillis(Durations.millis(timeout));
    }

    @Override
    public Object render(Object template) {
        return run.expressions().render(template, scope);
    }

    @Override
    public Object render(Object template, Map<String, Object> locals) {
        return run.expressions().render(template, scope.child(locals));
    }

    @Override
    public String renderText(String template) {
        return run.expressions().renderText(template, scope);
    }

    @Override
    public Object eval(String expression) {
        return run.expressions().evaluate(expression, scope);
    }

    @Override
    public Object eval(String expression, Map<String, Object> locals) {
        return run.expressions().evaluate(expression, scope.child(locals));
    }

    @Override
    public List<CheckResult> checkExpressions(List<String> expressions) {
        return run.matchers().checkAll(expressions, scope);
    }

    @Override
    public BoundTemplate bind(String template) {
        return run.expressions().bind(template, scope);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T connection(String kind, String name, ConnectionFactory<T> factory) throws Exception {
        return run.resources().connection(kind, name, factory, props -> (Map<String, Object>) render(props));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> settings(String section) {
        Map<String, Object> raw = run.environment().section(section);
        return raw.isEmpty() ? Map.of() : (Map<String, Object>) render(raw);
    }

    @Override
    public <T> T shared(String key, Callable<T> factory) throws Exception {
        return run.resources().shared(key, factory);
    }

    @Override
    public Map<String, Object> scenarioState() {
        return scenarioState;
    }

    @Override
    public ScenarioInfo scenario() {
        return scenario;
    }

    @Override
    public Path projectDir() {
        return run.config().dir();
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public Instant deadline() {
        return deadline;
    }
}
