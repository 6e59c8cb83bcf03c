package io.crosscheck.engine.expr;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * Builds the JEXL engine of a run. Expressions are data lookups, comparisons and the built-in functions:
 * JEXL's RESTRICTED permissions (no reflection, class loading, processes, files, network, threads) narrowed
 * further (no {@code getClass()}, {@code wait()}, {@code String.repeat}), and no {@code new(...)}, loops,
 * assignments, pragmas or annotations at all. Lambdas stay: the data functions need them.
 */
final class Sandbox {
    /** Deepest nesting of calls, so that endless recursion of lambdas fails fast instead of overflowing the stack. */
    static final int MAX_DEPTH = 256;

    private static final String[] NARROWER = {
        "io.crosscheck.engine.expr.*",
        "io.crosscheck.engine.expr { Scope {} Secrets {} ExpressionEngine {} ScopeContext {} }",
        "java.lang { Object { getClass(); wait(); notify(); notifyAll(); } String { repeat(); } }",
    };

    private Sandbox() {
    }

    /**
     * The engine of every run in this JVM. Building one and its first interpreter introspects the arithmetic and the
     * permissions (a few milliseconds on a warm JVM, tens on a cold one), and it holds nothing of a run but caches of
     * parsed expressions and class introspection, so it is built once; JEXL's engine is thread-safe.
     */
    static StrictEngine shared() {
        return Shared.ENGINE;
    }

    private static final class Shared {
        static final StrictEngine ENGINE = create();
    }

    static StrictEngine create() {
        JexlFeatures features = new JexlFeatures()
                .newInstance(false)
                .loops(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .pragma(false)
                .annotation(false)
                .importPragma(false)
                .namespacePragma(false)
                .register(false);
        return new StrictEngine(new JexlBuilder()
                .strict(true)
                .silent(false)
                .safe(false)
                .permissions(JexlPermissions.RESTRICTED.compose(NARROWER))
                .features(features)
                .arithmetic(new ValueArithmetic(true))
                .antish(false)
                .cancellable(true)
                .stackOverflow(MAX_DEPTH)
                .debug(false)
                .cache(1024)
                .strategy(StrictMaps.STRATEGY));
    }
}
