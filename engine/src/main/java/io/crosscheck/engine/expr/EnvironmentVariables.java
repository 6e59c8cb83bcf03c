package io.crosscheck.engine.expr;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code env} of the scope: the process's environment variables, read only. Reading an unset variable is an
 * error naming it ({@code ${env.HTTPBIN}} must not become the text "null" in a URL); {@code env.NAME ?: 'local'}
 * and {@code env.NAME ?? 'local'} give the default, as JEXL lets those operators absorb the error of their left side.
 */
public final class EnvironmentVariables extends AbstractMap<String, String> {
    private final Map<String, String> variables;

    public EnvironmentVariables(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The value of {@code name}; an {@link ExpressionException} naming it when it is not set. */
    String require(Object name) {
        String value = variables.get(name);
        if (value == null) throw new ExpressionException("environment variable " + name + " is not set");
        return value;
    }

    @Override
    public String get(Object name) {
        return variables.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return variables.containsKey(name);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return variables.entrySet();
    }
}
