package io.crosscheck.reporters;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An index.html of one scenario, written for a Chromium test, and the way every such test opens it. */
final class ReportPage {
    private ReportPage() {
    }

    /** Writes the report of a run of this one scenario into its own folder under the ITs' output; its file URL. */
    static String of(String folder, ScenarioResult scenario) throws Exception {
        Path dir = Files.createDirectories(HtmlReportIT.OUT.resolve(folder));
        RunResult run = new RunResult("r", SampleRun.START, 31, "local", List.of(scenario), false);
        return new HtmlReporter().write(run, dir).toUri().toString();
    }

    /** Loads the page, waits until its script has run, and opens the first scenario. */
    static void openFirstScenario(Chromium b, String url) throws Exception {
        b.navigate(url);
        b.waitFor("document.documentElement.dataset.ready === 'true'");
        openFirstScenario(b);
    }

    static void openFirstScenario(Chromium b) throws Exception {
        b.eval("(() => { const e = document.querySelector('.sc'); if (!e.classList.contains('open')) e.querySelector('.sc-head').click(); })()");
    }
}
