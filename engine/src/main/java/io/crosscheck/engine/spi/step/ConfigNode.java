package io.crosscheck.engine.spi.step;

import io.crosscheck.engine.result.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML node that remembers where it came from. Step handlers parse their typed config from it;
 * every problem they report carries the node's position.
 */
public interface ConfigNode {

    enum Kind { SCALAR, MAP, LIST, NULL }

    Kind kind();

    Position position();

    default boolean isMap() { return kind() == Kind.MAP; }

    default boolean isList() { return kind() == Kind.LIST; }

    default boolean isScalar() { return kind() == Kind.SCALAR; }

    /** The scalar's text as written (after YAML unquoting); null for maps, lists and null. */
    String text();

    /** Entries of a map node in file order; empty for other kinds. Keys are scalar texts. */
    Map<String, ConfigNode> entries();

    /** Position of the key of an entry of this map node (the value's position is {@code get(key).position()}). */
    Position keyPosition(String key);

    /** Items of a list node; empty for other kinds. */
    List<ConfigNode> items();

    default Optional<ConfigNode> get(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    /**
     * The node as plain Java values: String, Long/Double/BigDecimal, Boolean, null, LinkedHashMap, List.
     * {@code ${...}} templates stay as text; they are rendered later, at run time.
     */
    Object value();

    /**
     * Binds a map node onto a record through its components (names from {@link Key} or the component
     * name). Unknown keys (with "did you mean"), missing {@link Required} keys, wrong types and values outside a
     * {@link Range} become problems with positions; an absent key takes its {@link Default}. A {@link Position}
     * component is filled, not read: {@code position} with the map's position, {@code <key>Position} with that key's
     * value's (the map's when the key is absent). Returns null when anything was wrong.
     */
    <R extends Record> R bind(Class<R> type, Problems problems);
}
