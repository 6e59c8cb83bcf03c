package io.crosscheck.engine.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Secret values of a run: {@code secret('NAME')} reads an environment variable and remembers its value so
 * that every printed or reported string can be masked. One per run; thread-safe.
 */
public final class Secrets {
    public static final String MASK = "****";

    private final Map<String, String> environment;
    private final Map<String, Pattern> values = new ConcurrentHashMap<>();
    private volatile List<Pattern> patterns = List.of();

    /** @param environment usually {@code System.getenv()} */
    public Secrets(Map<String, String> environment) {
        this.environment = environment == null ? Map.of() : new HashMap<>(environment);
    }

    /** The value of environment variable {@code name}, registered for masking. */
    public String secret(String name) {
        if (name == null || name.isBlank()) throw new ExpressionException("secret(): the name of an environment variable is required");
        String value = environment.get(name);
        if (value == null) {
            throw new ExpressionException("secret('" + name + "'): environment variable " + name
                    + " is not set; export it before the run");
        }
        register(value);
        return value;
    }

    /** Masks {@code value} from now on (empty values are ignored), in every encoding of {@link SecretForms}. */
    public void register(String value) {
        if (value == null || value.isEmpty() || values.containsKey(value)) return;
        synchronized (this) {
            if (values.putIfAbsent(value, SecretForms.pattern(value)) != null) return;
            List<Map.Entry<String, Pattern>> sorted = new ArrayList<>(values.entrySet());
            // a value that holds another is masked whole
            sorted.sort(Comparator.comparingInt((Map.Entry<String, Pattern> e) -> e.getKey().length()).reversed());
            patterns = sorted.stream().map(Map.Entry::getValue).toList();
        }
    }

    /** Whether no value is registered yet: then masking changes nothing. */
    public boolean none() {
        return values.isEmpty();
    }

    /** The text with every registered value, in any of its encodings, replaced by {@value #MASK}. */
    public String mask(String text) {
        if (text == null || text.isEmpty() || none()) return text;
        String masked = text;
        for (Pattern p : patterns) masked = p.matcher(masked).replaceAll(MASK);
        return masked;
    }

    /** Masks strings inside maps and lists (keys too), deeply; other values are returned unchanged. */
    public Object maskDeep(Object value) {
        if (none()) return value;
        if (value instanceof String s) return mask(s);
        if (value instanceof Number n && isSecret(n)) return MASK; // a digits-only secret that came back as a JSON number
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(maskDeep(k), maskDeep(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) copy.add(maskDeep(item));
            return copy;
        }
        return value;
    }

    private boolean isSecret(Number n) {
        String plain;
        try {
            plain = new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return false; // NaN, Infinity
        }
        return values.containsKey(plain);
    }
}
