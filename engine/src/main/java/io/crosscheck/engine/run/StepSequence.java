package io.crosscheck.engine.run;

import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.model.Step;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.engine.spi.report.RunListener;
import java.util.List;

/**
 * A scenario run's steps in order: setup and steps (the first failure skips the rest), then teardown (always). Its
 * state is kept here, not on a thread's stack, so that a fresh worker can go on at the next step when the
 * {@link Watchdog} abandoned the one before; every change is made by the current worker, under the watchdog's lock.
 */
final class StepSequence implements Watchdog.Work {
    private static final String NOT_RUN_INTERRUPTED = "not run: the run was interrupted";

    private final List<Step> steps;
    private final List<String> ids;
    private final int teardownFrom;
    private final StepExecutor executor;
    private final Watchdog watchdog;
    private final RunListener listener;
    private final String jobId;
    private final Scope results;
    private final Scope saved;
    private final List<StepRecord> records;

    private int next;
    private Status status = Status.PASSED;
    private String message = "";
    private String notRun;
    private boolean interrupted;

    /** {@code ids}: each step's id in the plan; {@code records} receives each step's record as it ends. */
    StepSequence(List<Step> main, List<Step> teardown, List<String> ids, StepExecutor executor, Watchdog watchdog,
                 RunListener listener, String jobId, Scope results, Scope saved, List<StepRecord> records) {
        this.steps = new java.util.ArrayList<>(main);
        this.steps.addAll(teardown);
        this.ids = ids;
        this.teardownFrom = main.size();
        this.executor = executor;
        this.watchdog = watchdog;
        this.listener = listener;
        this.jobId = jobId;
        this.results = results;
        this.saved = saved;
        this.records = records;
    }

    @Override
    public void run(Watchdog.Stuck stuck) throws Exception {
        if (stuck != null) {
            // the run was stopped before this worker took over: it carries that on as the first one would have
            if (watchdog.cancelled() && next < teardownFrom) Thread.currentThread().interrupt();
            Step step = steps.get(next);
            StepRecord record = stuck.record() != null ? stuck.record()
                    : next < teardownFrom ? executor.skipped(step, ids.get(next), results, "").interrupted()
                    : executor.skipped(step, ids.get(next), results, NOT_RUN_INTERRUPTED);
            ended(step, record, true);
        }
        while (next < steps.size()) {
            Step step = steps.get(next);
            String id = ids.get(next);
            if (next == teardownFrom) interrupted = Thread.interrupted();
            if (next >= teardownFrom) {
                StepRecord record;
                try {
                    record = executor.execute(step, id, results, saved);
                } catch (InterruptedException e) {
                    record = executor.skipped(step, id, results, NOT_RUN_INTERRUPTED);
                }
                ended(step, record, true);
            } else if (notRun != null) {
                ended(step, executor.skipped(step, id, results, notRun), false);
            } else {
                StepRecord record;
                try {
                    record = executor.execute(step, id, results, saved);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    record = executor.skipped(step, id, results, "").interrupted();
                }
                ended(step, record, true);
            }
        }
        if (steps.size() == teardownFrom) interrupted = Thread.interrupted();
    }

    /** Records the step that ended and what it means for the rest; {@code ran}: it was run, not skipped. */
    private void ended(Step step, StepRecord ended, boolean ran) {
        StepRecord record = ended;
        synchronized (watchdog.lock) {
            watchdog.checkCurrent();
            if (next < teardownFrom) {
                // a step that ended as the run was stopped may have seen its work cut short: it is no verdict
                if (ran && Thread.currentThread().isInterrupted()) record = record.interrupted();
                records.add(record);
                listener.stepFinished(jobId, record);
                if (notRun == null && (record.status() == Status.FAILED || record.status() == Status.ERROR)) {
                    boolean stopped = Thread.currentThread().isInterrupted();
                    notRun = stopped ? NOT_RUN_INTERRUPTED : "not run: an earlier step failed";
                    status = step.phase() == Phase.SETUP || stopped ? Status.ERROR : record.status();
                    message = stopped ? "interrupted at " + record.name() : record.name() + ": " + record.error();
                }
            } else {
                records.add(record);
                listener.stepFinished(jobId, record);
                if ((record.status() == Status.FAILED || record.status() == Status.ERROR) && status == Status.PASSED) {
                    status = Status.ERROR;
                    message = "teardown " + record.name() + ": " + record.error();
                }
            }
            next++;
        }
    }

    /** Whether the run was stopped before teardown (read after the sequence ended). */
    boolean interrupted() {
        return interrupted;
    }

    Status status() {
        return status;
    }

    String message() {
        return message;
    }
}
