package io.crosscheck.engine.run;

import io.crosscheck.engine.result.StepRecord;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a scenario's steps on one worker thread, one after another, with no hand-over per step, and guards their
 * deadlines from the scenario's own thread, which only waits. Past a step's deadline the worker is interrupted; a
 * worker that does not give the step up soon after (a handler ignoring interrupts) is abandoned: its step is recorded
 * as it would have ended, a fresh worker goes on with the next step, and the abandoned one can no longer write into
 * the scenario (every write of a worker is checked to be the current one's, under {@link #lock}).
 * Stopping the run interrupts the waiting thread, which passes the interrupt on to the worker.
 */
final class Watchdog {
    /** How long an interrupted step has to give up before its worker is abandoned. */
    private static final long RESPOND_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** A step's work running inline on the worker, and the record that stands for its step if it gets stuck. */
    private static final class Frame {
        final long deadline;
        final Supplier<StepRecord> ifStuck;
        boolean fired;
        boolean cancelled;
        long abandonAt = Long.MAX_VALUE;

        Frame(long deadline, Supplier<StepRecord> ifStuck) {
            this.deadline = deadline;
            this.ifStuck = ifStuck;
        }
    }

    /** Unwinds a worker that was abandoned; nothing catches it on purpose. */
    static final class Abandoned extends Error {
        Abandoned() {
            super("abandoned after its step timed out", null, false, false);
        }
    }

    /**
     * The scenario's work, resumable by a fresh worker: {@code stuck} is null on the first worker, else the record
     * of the step its worker was abandoned in, whose {@code record} is null when the run was stopped in it.
     */
    interface Work {
        void run(Stuck stuck) throws Exception;
    }

    record Stuck(StepRecord record) {}

    /** Work run by {@link #nested}. */
    interface Nested<T> {
        T call() throws InterruptedException;
    }

    final Object lock = new Object();
    private final ExecutorService threads;
    private Thread worker;
    private Frame frame;
    private int nested;
    private boolean done;
    private boolean cancelled;
    private Throwable failure;
    private long wakeAt = Long.MAX_VALUE;

    Watchdog(ExecutorService threads) {
        this.threads = threads;
    }

    /** Runs {@code work} on a worker and waits until it, or the workers that took over from it, finished. */
    void run(Work work) throws Exception {
        synchronized (lock) {
            start(work, null);
            while (!done) {
                long now = System.nanoTime();
                Frame f = frame;
                if (f != null && now >= f.abandonAt) {
                    abandon(work, f);
                    continue;
                }
                if (f != null && !f.fired && now >= f.deadline) {
                    f.fired = true;
                    f.abandonAt = now + RESPOND_NANOS;
                    worker.interrupt();
                }
                wakeAt = f == null ? Long.MAX_VALUE : f.fired || f.cancelled ? f.abandonAt : f.deadline;
                try {
                    if (wakeAt == Long.MAX_VALUE) lock.wait();
                    else TimeUnit.NANOSECONDS.timedWait(lock, Math.max(1, wakeAt - now));
                } catch (InterruptedException e) {
                    cancelled = true;
                    if (worker != null) worker.interrupt();
                    if (frame != null && !frame.cancelled) {
                        frame.cancelled = true;
                        frame.abandonAt = Math.min(frame.abandonAt, System.nanoTime() + RESPOND_NANOS);
                    }
                }
            }
            if (failure instanceof Exception e) throw e;
            if (failure instanceof Error e) throw e;
        }
    }

    private void start(Work work, Stuck stuck) {
        worker = null;
        threads.submit(() -> {
            synchronized (lock) {
                worker = Thread.currentThread();
                // stopped before the first worker started: it starts interrupted, as the scenario's thread is
                if (cancelled && stuck == null) worker.interrupt();
            }
            try {
                work.run(stuck);
                finish(null);
            } catch (Abandoned a) {
                // a fresh worker took over
            } catch (Throwable e) {
                finish(e);
            }
            return null;
        });
    }

    private void finish(Throwable e) {
        synchronized (lock) {
            if (worker != Thread.currentThread()) return;
            failure = e;
            done = true;
            lock.notifyAll();
        }
    }

    private void abandon(Work work, Frame f) {
        frame = null;
        worker.interrupt();
        start(work, new Stuck(f.cancelled ? null : f.ifStuck.get()));
    }

    /** Whether the run was stopped while a worker ran: a worker taking over carries that on. */
    boolean cancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /** Whether {@link #call} may run work inline here: on the current worker, outside any other guarded or nested work. */
    boolean inlineHere() {
        synchronized (lock) {
            return worker == Thread.currentThread() && frame == null && nested == 0;
        }
    }

    /** Work with no deadline of its own whose inner steps are each handed to a step thread within their own. */
    <T> T nested(Nested<T> work) throws InterruptedException {
        nested++;
        try {
            return work.call();
        } finally {
            nested--;
        }
    }

    /** Fails with {@link Abandoned} when the calling worker is no longer the scenario's. */
    void checkCurrent() {
        synchronized (lock) {
            if (worker != Thread.currentThread()) throw new Abandoned();
        }
    }

    /**
     * Runs {@code work} inline within {@code timeoutNanos}, as a step thread would: a throwable comes out as an
     * {@link ExecutionException}, the deadline passed as a {@link TimeoutException} (whatever the work then did) and
     * the run stopped as an {@link InterruptedException}. {@code ifStuck} makes the step's record when the worker has to
     * be abandoned in it past its deadline.
     */
    <T> T call(long timeoutNanos, Callable<T> work, Supplier<StepRecord> ifStuck)
            throws InterruptedException, TimeoutException, ExecutionException {
        if (Thread.interrupted()) throw new InterruptedException("run interrupted");
        // a timeout of centuries is no timeout: capped, the deadline cannot overflow
        Frame f = new Frame(System.nanoTime() + Math.min(timeoutNanos, Long.MAX_VALUE / 4), ifStuck);
        synchronized (lock) {
            frame = f;
            if (f.deadline < wakeAt) lock.notifyAll();
        }
        T value = null;
        Throwable thrown = null;
        try {
            value = work.call();
        } catch (Throwable e) {
            thrown = e;
        }
        synchronized (lock) {
            if (worker != Thread.currentThread()) throw new Abandoned();
            frame = null;
        }
        if (f.cancelled) {
            Thread.interrupted();
            throw new InterruptedException("run interrupted");
        }
        if (f.fired) {
            Thread.interrupted();
            throw new TimeoutException();
        }
        if (thrown != null) throw new ExecutionException(thrown);
        return value;
    }
}
