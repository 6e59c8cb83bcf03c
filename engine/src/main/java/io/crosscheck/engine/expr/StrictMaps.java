package io.crosscheck.engine.expr;

import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;

/**
 * How JEXL reads {@code a.b} and {@code a['b']}: on a map only its keys, and an absent key is an undefined
 * property (an error in strict mode, null under {@code ?:}, {@code ??} and {@code ?.}) instead of JEXL's silent
 * null, so that {@code body.itemz == null} or {@code size(body.itemz)} fail on a typo. Other objects keep JEXL's
 * resolution.
 */
final class StrictMaps implements JexlUberspect.PropertyResolver {
    static final JexlUberspect.ResolverStrategy STRATEGY = StrictMaps::resolvers;

    private static final List<JexlUberspect.PropertyResolver> KEYS_ONLY = List.of(new StrictMaps());

    private StrictMaps() {
    }

    private static List<JexlUberspect.PropertyResolver> resolvers(JexlOperator op, Object object) {
        if (object instanceof Map<?, ?>) return KEYS_ONLY;
        return JexlUberspect.JEXL_STRATEGY.apply(op, object);
    }

    @Override
    public JexlPropertyGet getPropertyGet(JexlUberspect uberspect, Object object, Object key) {
        if (object instanceof EnvironmentVariables && key instanceof String) return new EnvironmentGet(key);
        if (object instanceof Map<?, ?> map && key != null && map.containsKey(key)) return new KeyGet(key);
        return null;
    }

    @Override
    public JexlPropertySet getPropertySet(JexlUberspect uberspect, Object object, Object key, Object value) {
        return null; // expressions never assign
    }

    /** Reads an environment variable; an unset one fails with its name, which ?: and ?? turn into their default. */
    private record EnvironmentGet(Object key) implements KeyedGet {
        @Override
        public Object invoke(Object object) {
            return ((EnvironmentVariables) object).require(key);
        }

        @Override
        public Object tryInvoke(Object object, Object k) {
            if (key.equals(k) && object instanceof EnvironmentVariables env) return env.require(k);
            return JexlEngine.TRY_FAILED;
        }
    }

    /** Reads a present key; a later call with another key or a map lacking it is a failed try, so JEXL resolves again. */
    private record KeyGet(Object key) implements KeyedGet {
        @Override
        public Object invoke(Object object) {
            return ((Map<?, ?>) object).get(key);
        }

        @Override
        public Object tryInvoke(Object object, Object k) {
            if (key.equals(k) && object instanceof Map<?, ?> map && map.containsKey(k)) return map.get(k);
            return JexlEngine.TRY_FAILED;
        }
    }

    /** A getter for one key, cached by JEXL per call site; a try with another key or object fails and resolves again. */
    private interface KeyedGet extends JexlPropertyGet {
        @Override
        default boolean tryFailed(Object value) {
            return value == JexlEngine.TRY_FAILED;
        }

        @Override
        default boolean isCacheable() {
            return true;
        }
    }
}
