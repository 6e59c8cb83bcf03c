package io.crosscheck.engine.spi.step;

import io.crosscheck.engine.result.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What a handler may use while it runs: interpolation, expressions, connections, the deadline. The methods may be
 * called from several threads of the handler at once (e.g. readers evaluating a match per row).
 */
public interface StepContext {

    /** Renders {@code ${...}} in a template (String, or maps/lists of them, deeply); a lone {@code ${x}} keeps x's type. */
    Object render(Object template);

    /** Renders a template with extra innermost variables (e.g. {@code index} of a bulk send). */
    Object render(Object template, Map<String, Object> locals);

    /** Renders a template to text. */
    String renderText(String template);

    /** Evaluates an expression in the scenario's scope. */
    Object eval(String expression);

    /** Evaluates an expression with extra innermost variables (e.g. a record's key, value, headers). */
    Object eval(String expression, Map<String, Object> locals);

    /** Checks boolean expressions in the scenario's scope, one result per line, explaining the values of failing ones. */
    java.util.List<CheckResult> checkExpressions(java.util.List<String> expressions);

    /** Turns every {@code ${...}} of a query text into a {@code ?} and its value: bind parameters, never splicing. */
    BoundTemplate bind(String template);

    /**
     * The run-wide client for a named connection of the environment's {@code kind} section, opened once by
     * {@code factory} and shared by all scenarios; {@code name} null picks the only one configured.
     */
    <T> T connection(String kind, String name, ConnectionFactory<T> factory) throws Exception;

    /** An unnamed section of the environment, e.g. {@code http: {baseUrl, headers}}; rendered; empty if absent. */
    Map<String, Object> settings(String section);

    /** A run-wide shared object (closed at the end if AutoCloseable), created once per key. */
    <T> T shared(String key, Callable<T> factory) throws Exception;

    /** Per-scenario scratch space for handlers (e.g. Kafka offsets taken when the scenario started). */
    Map<String, Object> scenarioState();

    ScenarioInfo scenario();

    /** The project folder: where crosscheck.yaml is (or the scenarios' folder); relative files resolve here. */
    java.nio.file.Path projectDir();

    /** The limit of one attempt of this step. */
    Duration timeout();

    /** When this attempt must end. */
    Instant deadline();

    /** Parses text as JSON (maps, lists, numbers, ...); returns null when it is not JSON. */
    default Object parseJson(String text) {
        return io.crosscheck.engine.json.JsonCodec.shared().parse(text);
    }

    /** Writes a value as JSON text. */
    default String toJson(Object value) {
        return io.crosscheck.engine.json.JsonCodec.shared().write(value);
    }
}
