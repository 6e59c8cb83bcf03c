package io.crosscheck.steps.testkit;

import io.crosscheck.engine.expect.Matchers;
import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.spi.step.BoundTemplate;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.spi.step.ConnectionConfig;
import io.crosscheck.engine.run.RunResources;
import io.crosscheck.engine.spi.step.ConnectionFactory;
import io.crosscheck.engine.spi.step.ScenarioInfo;
import io.crosscheck.engine.spi.step.StepContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link StepContext} for calling a handler's {@code execute} directly (unit tests, benchmarks): the engine's own
 * expression language over the given vars, connections opened from the given properties once and closed by
 * {@link #close()}, a deadline from {@link #timeout(Duration)}. No scenario, no run: what a handler sees of those is
 * what it was given here.
 */
public final class FakeStepContext implements StepContext, AutoCloseable {
    private final ExpressionEngine expressions = new ExpressionEngine(new Secrets(Map.of()));
    private final Matchers matchers = new Matchers(expressions);
    private final Map<String, Object> vars = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    private final Map<String, Object> opened = new ConcurrentHashMap<>();
    private final Map<String, Object> state = new ConcurrentHashMap<>();
    private final ScenarioInfo scenario = new ScenarioInfo("unit test", "unit-test.yaml", Instant.now());
    private Path projectDir = Path.of(".");
    private Duration timeout = Duration.ofSeconds(30);
    private Instant deadline = Instant.now().plus(timeout);

    public static FakeStepContext create() {
        return new FakeStepContext();
    }

    /** A variable of the scope, as {@code vars:} would set it. */
    public FakeStepContext var(String name, Object value) {
        vars.put(name, value);
        return this;
    }

    /** A named connection of a kind, its properties as the environment's section would hold them (rendered). */
    public FakeStepContext connection(String kind, String name, Map<String, Object> properties) {
        connections.put(kind + "/" + name, properties);
        return this;
    }

    /** An unnamed section of the environment, e.g. {@code http}. */
    public FakeStepContext settings(String section, Map<String, Object> values) {
        sections.put(section, values);
        return this;
    }

    /** The limit of the attempt; the deadline starts now. */
    public FakeStepContext timeout(Duration limit) {
        this.timeout = limit;
        this.deadline = Instant.now().plus(limit);
        return this;
    }

    public FakeStepContext projectDir(Path dir) {
        this.projectDir = dir;
        return this;
    }

    private Scope scope() {
        return Scope.root(vars);
    }

    @Override
    public Object render(Object template) {
        return expressions.render(template, scope());
    }

    @Override
    public Object render(Object template, Map<String, Object> locals) {
        return expressions.render(template, scope().child(locals));
    }

    @Override
    public String renderText(String template) {
        return expressions.renderText(template, scope());
    }

    @Override
    public Object eval(String expression) {
        return expressions.evaluate(expression, scope());
    }

    @Override
    public Object eval(String expression, Map<String, Object> locals) {
        return expressions.evaluate(expression, scope().child(locals));
    }

    @Override
    public List<CheckResult> checkExpressions(List<String> list) {
        return matchers.checkAll(list, scope());
    }

    @Override
    public BoundTemplate bind(String template) {
        return expressions.bind(template, scope());
    }

    /** Opened once per kind and name, as the run does; {@code name} null picks the kind's only connection. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T connection(String kind, String name, ConnectionFactory<T> factory) throws Exception {
        String key = name != null ? kind + "/" + name : only(kind);
        Map<String, Object> properties = connections.get(key);
        if (properties == null) throw new IllegalStateException("unknown " + kind + " connection '" + name + "'");
        Object client = opened.get(key);
        if (client == null) {
            client = factory.open(connectionConfig(kind, key.substring(kind.length() + 1), properties));
            opened.put(key, client);
        }
        return (T) client;
    }

    /** A connection's rendered properties as a factory receives them. */
    public static ConnectionConfig connectionConfig(String kind, String name, Map<String, Object> properties) {
        return RunResources.connectionConfig(kind, name, properties);
    }

    private String only(String kind) {
        List<String> keys = connections.keySet().stream().filter(k -> k.startsWith(kind + "/")).toList();
        if (keys.size() != 1) {
            throw new IllegalStateException(keys.size() + " " + kind + " connections configured: name the one to use");
        }
        return keys.get(0);
    }

    @Override
    public Map<String, Object> settings(String section) {
        return sections.getOrDefault(section, Map.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Callable<T> factory) throws Exception {
        Object value = opened.get("shared/" + key);
        if (value == null) {
            value = factory.call();
            opened.put("shared/" + key, value);
        }
        return (T) value;
    }

    @Override
    public Map<String, Object> scenarioState() {
        return state;
    }

    @Override
    public ScenarioInfo scenario() {
        return scenario;
    }

    @Override
    public Path projectDir() {
        return projectDir;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public Instant deadline() {
        return deadline;
    }

    /** Closes every connection and shared object opened that is AutoCloseable. */
    @Override
    public void close() throws Exception {
        for (Object client : opened.values()) {
            if (client instanceof AutoCloseable c) c.close();
        }
        opened.clear();
    }
}
