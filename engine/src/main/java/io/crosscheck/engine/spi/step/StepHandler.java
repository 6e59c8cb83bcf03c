package io.crosscheck.engine.spi.step;

import java.util.List;

/**
 * One step verb (or one sub-kind of a verb). Found with {@link java.util.ServiceLoader}, registered in
 * {@code META-INF/services/io.crosscheck.engine.spi.step.StepHandler}; core verbs are registered the same way.
 *
 * @param <C> the typed config record parsed from the step's node
 */
public interface StepHandler<C> {

    /** The YAML verb: {@code call}, {@code produce}, {@code query}, ... */
    String verb();

    /**
     * For a verb served by several handlers, the key that selects this one inside the verb's map
     * ({@code sql}, {@code cql}, {@code solr} for {@code query}; {@code topic}, {@code for} for {@code wait}).
     * Null when the handler is the verb's only one.
     */
    default String kind() {
        return null;
    }

    /** Parses and checks the verb's node; reports problems with positions; returns null if unusable. */
    C parse(ConfigNode node, Problems problems);

    /** Runs one attempt. Throw {@link StepFailedException} for "the system answered, but not as expected". */
    StepResult execute(C config, StepContext ctx) throws Exception;

    /**
     * The step's own limit for one attempt when it sets one in its config (e.g. {@code wait: {timeout: 60s}});
     * used instead of the default timeout when the step has no {@code timeout} key. Null: none.
     */
    default java.time.Duration timeout(C config) {
        return null;
    }

    /** Connections the step uses, so validation can check their names against the environment. */
    default List<ConnectionRef> connections(C config) {
        return List.of();
    }

    /** The section of an environment the step reads its connections or settings from; null when it reads none. */
    default EnvironmentSection section() {
        return null;
    }

    /** Default display name template, e.g. {@code "GET ${url}"}; rendered best-effort. The verb is prefixed. */
    default String describe(C config) {
        return "";
    }
}
