package io.crosscheck.reporters;

import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.io.PrintStream;
import java.util.Map;

/**
 * GitHub Actions workflow commands: an {@code ::error file=…,line=…,col=…,title=…::message} line for each failed
 * or errored step, at the step's own line, so the failure shows on the pull request's diff. The CLI adds it when
 * {@code GITHUB_ACTIONS=true}. Values are encoded as the runner expects, so no text can start a command of its own.
 */
public final class GithubAnnotations implements RunListener {
    private final PrintStream out;

    public GithubAnnotations(PrintStream out) {
        this.out = out;
    }

    public static boolean wanted(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.get("GITHUB_ACTIONS"));
    }

    @Override
    public void scenarioFinished(ScenarioResult result) {
        StringBuilder lines = new StringBuilder();
        for (StepRecord step : result.steps()) {
            if (step.status() != Status.FAILED && step.status() != Status.ERROR) continue;
            Position at = step.position() != null ? step.position() : result.position();
            lines.append("::error ");
            if (at != null) {
                lines.append("file=").append(property(at.file())).append(",line=").append(at.line())
                        .append(",col=").append(at.column()).append(',');
            }
            lines.append("title=").append(property((step.status() == Status.FAILED ? "FAIL " : "ERROR ")
                    + result.displayName() + " › " + step.name()));
            lines.append("::").append(data(step.error().isBlank() ? step.status().name() : step.error())).append('\n');
        }
        if (lines.isEmpty()) return;
        synchronized (out) {
            out.print(lines);
            out.flush();
        }
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
