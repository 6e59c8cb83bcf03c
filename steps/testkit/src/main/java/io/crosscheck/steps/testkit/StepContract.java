package io.crosscheck.steps.testkit;

import io.crosscheck.engine.plan.StepRegistry;
import io.crosscheck.engine.spi.step.StepHandler;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What every step handler found by {@link ServiceLoader} keeps, checked for each: one handler per verb and kind,
 * a config that is a record, the schema fragment its module generates from that record, and the schema of the
 * environment section it reads. Each check is one {@link Check}, so that a new rule is one more entry of {@link #CHECKS}. A step module runs {@link #violations} in a test of its own;
 * the corpus agreement of the engine's schema corpus runs where every step module is on the classpath (junit/).
 */
public final class StepContract {

    /** One rule about one handler: the violation's text, or null when it keeps the rule. */
    @FunctionalInterface
    public interface Check {
        String violation(StepHandler<?> handler);
    }

    public static final List<Check> CHECKS = List.of(StepContract::configIsARecord, StepContract::shipsItsSchemaFragment,
            StepContract::shipsItsSectionFragment);

    /** Where a step module's build writes the schema of each of its handlers (the engine's FragmentWriter). */
    static final String FRAGMENTS = "META-INF/crosscheck/schema/";

    private StepContract() {
    }

    /** Every handler the loader finds. */
    public static List<StepHandler<?>> handlers(ClassLoader loader) {
        List<StepHandler<?>> out = new ArrayList<>();
        for (StepHandler<?> h : ServiceLoader.load(StepHandler.class, loader)) out.add(h);
        return out;
    }

    /** Every broken rule among the loader's handlers, each naming its handler's class; empty when all keep them. */
    public static List<String> violations(ClassLoader loader) {
        List<StepHandler<?>> handlers = handlers(loader);
        List<String> out = new ArrayList<>();
        try {
            StepRegistry.of(handlers); // two handlers of one verb and kind stop a run at start: the same rule
        } catch (IllegalStateException e) {
            out.add(e.getMessage());
        }
        for (StepHandler<?> h : handlers) {
            for (Check check : CHECKS) {
                String v = check.violation(h);
                if (v != null) out.add(h.getClass().getName() + ": " + v);
            }
        }
        return out;
    }

    /** The config type argument of {@code StepHandler<C>}, read from the handler's class: a record, or none at all. */
    static String configIsARecord(StepHandler<?> handler) {
        Type config = configType(handler.getClass());
        if (config == null) return "its StepHandler<C> names no config type";
        if (config == Object.class || config == Void.class) return null; // a verb with no config of its own
        if (config instanceof Class<?> c && c.isRecord()) return null;
        return "its config " + config.getTypeName() + " is not a record";
    }

    /**
     * A handler of a step module ships {@code <verb>[.<kind>].schema.json}, generated from its config record, beside
     * its class; without it editors and {@code validate} know nothing of its keys. The engine's own verbs are described
     * by the engine's schema.
     */
    static String shipsItsSchemaFragment(StepHandler<?> handler) {
        if (handler.getClass().getName().startsWith("io.crosscheck.engine.")) return null;
        String name = handler.kind() == null ? handler.verb() : handler.verb() + "." + handler.kind();
        String resource = FRAGMENTS + name + ".schema.json";
        ClassLoader loader = handler.getClass().getClassLoader();
        if (loader != null && loader.getResource(resource) != null) return null;
        return "its module ships no " + resource + " (generate it from the config record: FragmentWriter)";
    }

    /**
     * A handler that reads a section of the environment ({@link StepHandler#section()}) ships that section's schema,
     * {@code section.<name>.schema.json}; without it editors take any connections there.
     */
    static String shipsItsSectionFragment(StepHandler<?> handler) {
        if (handler.section() == null) return null;
        String resource = FRAGMENTS + "section." + handler.section().name() + ".schema.json";
        ClassLoader loader = handler.getClass().getClassLoader();
        if (loader != null && loader.getResource(resource) != null) return null;
        return "it reads the environment section '" + handler.section().name() + "' but its module ships no " + resource;
    }

    private static Type configType(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == StepHandler.class) return p.getActualTypeArguments()[0];
            }
            if (c.getGenericSuperclass() instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                    && StepHandler.class.isAssignableFrom((Class<?>) p.getRawType())) {
                return p.getActualTypeArguments()[0];
            }
        }
        return null;
    }
}
