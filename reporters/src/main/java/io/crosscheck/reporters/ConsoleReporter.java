package io.crosscheck.reporters;

import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The console view of a run: a line per finished scenario (with its first failure), a live progress line
 * redrawn with {@code \r} when {@code live}, and a summary at the end. ANSI colors only when {@code color}.
 * Runner threads call it concurrently, so every event is handled under one lock.
 */
public final class ConsoleReporter implements RunListener {

    private static final int MAX_MESSAGE_LINES = 12;
    private static final int LIVE_WIDTH = 100;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final Ansi ansi;
    private final boolean live;
    private final LongSupplier nanoTime;
    private final long tickMillis;
    private final FailureText text = new FailureText();
    private Thread ticker;

    /** The scenario runs under way by id, with their display names (two identical example rows are two runs). */
    private final Map<String, String> running = new LinkedHashMap<>();
    private int total;
    private int finished;
    private int failing;
    private long startNanos;
    private long lastDrawNanos;
    private int liveLength;

    public ConsoleReporter(PrintStream out, boolean color, boolean live) {
        this(out, color, live, System::nanoTime, 1000);
    }

    /** @param tickMillis how often the live line's clock is redrawn while nothing else happens; 0 for never */
    ConsoleReporter(PrintStream out, boolean color, boolean live, LongSupplier nanoTime, long tickMillis) {
        this.out = out;
        this.ansi = new Ansi(color);
        this.live = live;
        this.nanoTime = nanoTime;
        this.tickMillis = tickMillis;
        this.startNanos = nanoTime.getAsLong();
    }

    @Override
    public synchronized void runStarted(String runId, int scenarioCount) {
        total = scenarioCount;
        startNanos = nanoTime.getAsLong();
        drawLive();
        if (live && tickMillis > 0 && ticker == null) {
            // keeps the clock moving during a long step (a 30 s wait) when no event comes
            ticker = new Thread(this::tick, "crosscheck-console-clock");
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(tickMillis);
                synchronized (this) {
                    if (ticker != Thread.currentThread()) return;
                    drawLive();
                }
            }
        } catch (InterruptedException e) {
            // the run finished
        }
    }

    @Override
    public synchronized void scenarioStarted(String id, String displayName, Position position) {
        running.put(id, displayName);
        drawLive();
    }

    @Override
    public synchronized void stepFinished(String scenarioId, StepRecord step) {
        if (live && nanoTime.getAsLong() - lastDrawNanos >= REDRAW_EVERY_NANOS) drawLive();
    }

    @Override
    public synchronized void scenarioFinished(ScenarioResult result) {
        running.remove(result.id());
        finished++;
        if (FailureText.failing(result.status())) failing++;
        clearLive();
        out.println(scenarioLine(result));
        if (FailureText.failing(result.status())) printFailure(result);
        drawLive();
        out.flush();
    }

    @Override
    public synchronized void runFinished(RunResult result) {
        if (ticker != null) {
            ticker.interrupt();
            ticker = null;
        }
        clearLive();
        out.println();
        List<ScenarioResult> bad = new ArrayList<>();
        for (ScenarioResult s : result.scenarios()) if (FailureText.failing(s.status())) bad.add(s);
        if (!bad.isEmpty()) {
            out.println(ansi.bold("Failures:"));
            for (ScenarioResult s : bad) {
                out.println("  " + statusWord(s.status()) + " " + TerminalText.escape(s.displayName()) + "  " + ansi.cyan(where(s)));
                FailureText.culprit(s).ifPresent(c -> out.println("      " + ansi.bold(TerminalText.escape(c))));
            }
            out.println();
        }
        out.println(summaryLine(result));
        out.flush();
    }

    private String scenarioLine(ScenarioResult s) {
        StringBuilder sb = new StringBuilder();
        sb.append(statusWord(s.status())).append(' ').append(TerminalText.escape(s.displayName()));
        if (s.status() != Status.SKIPPED) sb.append("  ").append(ansi.dim("(" + Durations.human(s.durationMs()) + ")"));
        sb.append("  ").append(ansi.cyan(where(s)));
        return sb.toString();
    }

    private void printFailure(ScenarioResult s) {
        String message = TerminalText.escape(text.summary(s));
        Optional<StepRecord> step = FailureText.firstFailingStep(s);
        if (step.isPresent() && step.get().position() != null && !message.contains(step.get().position().toString())) {
            out.println("      " + ansi.dim("at " + step.get().position() + "  " + TerminalText.escape(step.get().name())));
        }
        String[] lines = message.strip().split("\\R");
        for (int i = 0; i < lines.length && i < MAX_MESSAGE_LINES; i++) {
            out.println("      " + (s.status() == Status.ERROR ? ansi.yellow(lines[i]) : ansi.red(lines[i])));
        }
        if (lines.length > MAX_MESSAGE_LINES) {
            out.println("      " + ansi.dim("… " + (lines.length - MAX_MESSAGE_LINES) + " more lines in the reports"));
        }
        FailureText.culprit(s).ifPresent(c -> out.println("      " + ansi.bold(TerminalText.escape(c))));
    }

    private String summaryLine(RunResult r) {
        long failed = r.count(Status.FAILED);
        long errors = r.count(Status.ERROR);
        StringBuilder sb = new StringBuilder();
        sb.append(r.passed() ? ansi.greenBold("PASSED") : ansi.redBold("FAILED")).append("  ");
        sb.append(r.scenarios().size()).append(r.scenarios().size() == 1 ? " scenario" : " scenarios").append(" · ");
        sb.append(ansi.green(r.count(Status.PASSED) + " passed"));
        if (failed > 0) sb.append(" · ").append(ansi.red(failed + " failed"));
        if (errors > 0) sb.append(" · ").append(ansi.yellow(errors + (errors == 1 ? " error" : " errors")));
        long skipped = r.count(Status.SKIPPED);
        if (skipped > 0) sb.append(" · ").append(ansi.dim(skipped + " skipped"));
        sb.append(" · ").append(Durations.human(r.durationMs()));
        if (r.interrupted()) sb.append("  ").append(ansi.yellow("(interrupted: not every scenario ran)"));
        return sb.toString();
    }

    private String statusWord(Status s) {
        return switch (s) {
            case PASSED -> ansi.green("PASS ");
            case FAILED -> ansi.redBold("FAIL ");
            case ERROR -> ansi.yellowBold("ERROR");
            case SKIPPED -> ansi.dim("SKIP ");
        };
    }

    private static String where(ScenarioResult s) {
        Position p = s.position();
        return p == null ? "" : p.file() + ":" + p.line();
    }

    private void drawLive() {
        if (!live) return;
        lastDrawNanos = nanoTime.getAsLong();
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(finished).append('/').append(total).append("] ");
        sb.append(failing).append(" failed · ").append(Durations.clock((lastDrawNanos - startNanos) / 1_000_000));
        if (!running.isEmpty()) sb.append(" · ").append(TerminalText.escape(running.values().iterator().next()).replace('\n', ' '));
        if (running.size() > 1) sb.append(" +").append(running.size() - 1);
        String line = sb.length() > LIVE_WIDTH ? sb.substring(0, LIVE_WIDTH - 1) + "…" : sb.toString();
        clearLive();
        out.print(failing > 0 ? ansi.red(line) : line);
        liveLength = line.length();
        out.flush();
    }

    private void clearLive() {
        if (!live || liveLength == 0) return;
        if (ansi.enabled()) {
            out.print("\r\u001B[2K");
        } else {
            out.print("\r" + " ".repeat(liveLength) + "\r");
        }
        liveLength = 0;
    }
}
