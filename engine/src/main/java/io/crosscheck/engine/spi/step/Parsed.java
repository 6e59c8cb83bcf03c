package io.crosscheck.engine.spi.step;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@link StepHandler#parse} makes of a step's node: the typed config, and what the engine needs to know of it
 * before it runs. A handler with nothing but a config writes {@code return Parsed.of(config);}.
 *
 * @param config      the typed config record; never null
 * @param timeout     the step's own limit for one attempt when its config sets one (e.g. {@code wait: {timeout: 60s}}),
 *                    used instead of the default when the step has no {@code timeout} key; null: none
 * @param connections the connections the step uses, so validation checks their names against the environment
 * @param description the default display name template, e.g. {@code "GET ${url}"}, rendered best-effort after the verb
 * @param <C>         the config record's type
 */
public record Parsed<C>(C config, Duration timeout, List<ConnectionRef> connections, String description) {

    public Parsed {
        Objects.requireNonNull(config, "config");
        connections = connections == null ? List.of() : List.copyOf(connections);
        description = description == null ? "" : description;
    }

    /** The config with no timeout of its own, no connections and no description. */
    public static <C> Parsed<C> of(C config) {
        return new Parsed<>(config, null, List.of(), "");
    }

    public Parsed<C> withTimeout(Duration limit) {
        return new Parsed<>(config, limit, connections, description);
    }

    public Parsed<C> withConnections(List<ConnectionRef> refs) {
        return new Parsed<>(config, timeout, refs, description);
    }

    public Parsed<C> withDescription(String text) {
        return new Parsed<>(config, timeout, connections, text);
    }
}
