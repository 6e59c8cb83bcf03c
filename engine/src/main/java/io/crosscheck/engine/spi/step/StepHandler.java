package io.crosscheck.engine.spi.step;

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

    /**
     * Parses and checks the verb's node; reports problems with positions. Returns the config with its own timeout,
     * the connections it uses and its display name ({@link Parsed#of} and its withers), or null if unusable.
     */
    Parsed<C> parse(ConfigNode node, Problems problems);

    /** Runs one attempt. Throw {@link StepFailedException} for "the system answered, but not as expected". */
    StepResult execute(C config, StepContext ctx) throws Exception;

    /** The section of an environment the step reads its connections or settings from; null when it reads none. */
    default EnvironmentSection section() {
        return null;
    }

    /**
     * Loads and initialises what this handler's first step would otherwise wait for, such as its client library's
     * classes or the JVM's TLS context, touching no system and keeping nothing a step uses. Called at most once per
     * JVM, on a background thread, when planning meets the handler's first step; whatever it throws is ignored (the
     * step itself reports the same failure).
     */
    default void warmUp() {
    }
}
