package io.crosscheck.bench;

import io.crosscheck.engine.spi.BoundTemplate;
import io.crosscheck.engine.spi.CheckResult;
import io.crosscheck.engine.spi.ConnectionConfig;
import io.crosscheck.engine.spi.ConnectionFactory;
import io.crosscheck.engine.spi.ScenarioInfo;
import io.crosscheck.engine.spi.StepContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Just enough of a step's context for the handler: ${n} as a bind parameter, one pool, a deadline. */
final class SqlHandlerContext implements StepContext, AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private AutoCloseable pool;

    SqlHandlerContext(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public BoundTemplate bind(String template) {
        List<Object> values = new ArrayList<>(1);
        StringBuilder text = new StringBuilder(template.length());
        int from = 0;
        for (int start = template.indexOf("${"); start >= 0; start = template.indexOf("${", from)) {
            int end = template.indexOf('}', start);
            text.append(template, from, start).append('?');
            values.add(Long.parseLong(template.substring(start + 2, end).strip()));
            from = end + 1;
        }
        return new BoundTemplate(text.append(template, from, template.length()).toString(), values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T connection(String kind, String name, ConnectionFactory<T> factory) throws Exception {
        if (pool == null) {
            Map<String, Object> props = Map.of("url", url, "user", user, "password", password);
            pool = (AutoCloseable) factory.open(new ConnectionConfig(kind, name, props));
        }
        return (T) pool;
    }

    @Override
    public Instant deadline() {
        return Instant.now().plusSeconds(30);
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    public Object parseJson(String text) {
        return null;
    }

    @Override
    public String toJson(Object value) {
        return String.valueOf(value);
    }

    @Override
    public Object render(Object template) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object render(Object template, Map<String, Object> locals) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String renderText(String template) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object eval(String expression) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object eval(String expression, Map<String, Object> locals) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CheckResult> checkExpressions(List<String> expressions) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> settings(String section) {
        return Map.of();
    }

    @Override
    public <T> T shared(String key, Callable<T> factory) throws Exception {
        return factory.call();
    }

    @Override
    public Map<String, Object> scenarioState() {
        return new LinkedHashMap<>();
    }

    @Override
    public ScenarioInfo scenario() {
        return new ScenarioInfo("bench", "bench", Instant.now());
    }

    @Override
    public Path projectDir() {
        return Path.of(".");
    }

    @Override
    public void close() throws Exception {
        if (pool != null) pool.close();
    }
}
