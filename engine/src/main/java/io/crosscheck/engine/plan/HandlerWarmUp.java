package io.crosscheck.engine.plan;

import io.crosscheck.engine.spi.step.StepHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts {@link StepHandler#warmUp} of each handler class once per JVM, on a daemon thread, so that the first step
 * of a verb does not also pay for starting its client library while planning leaves the machine's other core idle.
 */
final class HandlerWarmUp {
    private static final Set<Class<?>> STARTED = ConcurrentHashMap.newKeySet();

    private HandlerWarmUp() {
    }

    static void start(StepHandler<?> handler) {
        if (!STARTED.add(handler.getClass())) return;
        Thread t = new Thread(() -> {
            try {
                handler.warmUp();
            } catch (RuntimeException | LinkageError ignored) {
                // only time was to be gained; the handler's first step meets and reports the same failure
            }
        }, "crosscheck-warm-up-" + handler.verb());
        t.setDaemon(true);
        t.start();
    }
}
