package io.crosscheck.engine.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Layered variables, innermost first: a step's result over saved values over scenario vars over the
 * environment. A layer is written only through {@link #set}; lookups walk outwards. Thread-confined
 * (one per scenario run); a null value is a present variable whose value is null.
 */
public final class Scope {
    private final Scope parent;
    private final Map<String, Object> vars;

    /** A layer over {@code vars} itself, a map no one else holds. */
    private Scope(Scope parent, LinkedHashMap<String, Object> vars) {
        this.parent = parent;
        this.vars = vars;
    }

    private static LinkedHashMap<String, Object> copy(Map<String, Object> vars) {
        return vars == null ? new LinkedHashMap<>() : new LinkedHashMap<>(vars);
    }

    /** The outermost layer, holding a copy of {@code vars}. */
    public static Scope root(Map<String, Object> vars) {
        return new Scope(null, copy(vars));
    }

    /** A new, empty innermost layer over this one. */
    public Scope child() {
        return new Scope(this, new LinkedHashMap<>());
    }

    /** A new innermost layer over this one, pre-filled with a copy of {@code vars}. */
    public Scope child(Map<String, Object> vars) {
        return new Scope(this, copy(vars));
    }

    /** Sets a variable in this (innermost) layer; it hides any outer variable of that name. */
    public void set(String name, Object value) {
        vars.put(name, value);
    }

    /** The innermost value of {@code name}; null when absent (use {@link #has} to tell null from absent). */
    public Object get(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.vars.containsKey(name)) return s.vars.get(name);
        }
        return null;
    }

    public boolean has(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.vars.containsKey(name)) return true;
        }
        return false;
    }

    /** The variables of this layer alone, outer ones left out (a copy). */
    public Map<String, Object> layer() {
        return new LinkedHashMap<>(vars);
    }

    /**
     * Every visible binding frozen into one new root layer, which nobody writes to: what an attempt reads, so that one
     * cut off by its timeout and still running reads it while the scenario goes on setting results and saved values
     * in this scope.
     * Values are shared, not copied: the engine never changes a value in place, it binds new ones.
     */
    public Scope snapshot() {
        return new Scope(null, layered());
    }

    /** Every visible name with its innermost value, outer names first. */
    public Map<String, Object> flatten() {
        return layered();
    }

    private LinkedHashMap<String, Object> layered() {
        Deque<Scope> layers = new ArrayDeque<>();
        for (Scope s = this; s != null; s = s.parent) layers.push(s);
        LinkedHashMap<String, Object> all = new LinkedHashMap<>();
        for (Scope s : layers) all.putAll(s.vars);
        return all;
    }
}
