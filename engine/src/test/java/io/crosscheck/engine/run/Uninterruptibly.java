package io.crosscheck.engine.run;

import java.util.concurrent.TimeUnit;

/** What a handler that ignores being cut off does: it sleeps its whole time, however often it is interrupted. */
final class Uninterruptibly {
    private Uninterruptibly() {
    }

    static void sleep(long ms) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
            } catch (InterruptedException ignored) {
                // a handler that ignores being cut off
            }
        }
    }
}
