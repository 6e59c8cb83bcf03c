package io.crosscheck.engine.expr;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What was parsed from a text, kept per text: a suite parses the same few thousand templates, paths and expressions
 * at every run of a step. Emptied when it outgrows its bound, so texts made at run time cannot fill the heap.
 * Thread-safe; {@code parse} may run twice for one text, and must return the same for it.
 */
public final class ParseCache<V> {
    private static final int MAX_CACHED = 10_000;

    private final Map<String, V> parsed = new ConcurrentHashMap<>();

    /** {@code parse} returns no null: a text it rejects gets a value of its own meaning so. */
    public V get(String text, Function<String, V> parse) {
        return get(text, parse, (t, p) -> p.apply(t));
    }

    /** As {@link #get(String, Function)}, for a parse that needs one more argument, without a lambda made per call. */
    public <A> V get(String text, A arg, BiFunction<String, A, V> parse) {
        V cached = parsed.get(text);
        if (cached != null) return cached;
        V value = parse.apply(text, arg);
        if (parsed.size() > MAX_CACHED) parsed.clear();
        parsed.put(text, value);
        return value;
    }
}
