package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTML report shows a step's failure from its parts: the message, its hint, and details it has room for. */
@ExtendWith(ChromiumExtension.class)
class HtmlFailureIT {

    private static String write(String name, RunResult run) throws Exception {
        Path dir = Files.createDirectories(HtmlReportIT.OUT.resolve(name));
        return new HtmlReporter().write(run, dir).toUri().toString();
    }

    private static RunResult run(io.crosscheck.engine.result.StepRecord step) {
        return new RunResult("r", Instant.EPOCH, 5, "local", List.of(StepFailureReportTest.scenario(step)), false);
    }

    private static void open(Chromium b, String url) throws Exception {
        b.navigate(url);
        b.waitFor("document.documentElement.dataset.ready === 'true'");
        b.clearEvents();
        b.eval("(() => { const e = document.querySelector('.sc'); if (!e.classList.contains('open')) e.querySelector('.sc-head').click(); })()");
    }

    @Test
    void theHintFollowsTheMessageAndTheDetailsAreListed(Chromium b) throws Exception {
        open(b, write("failure-hint", run(StepFailureReportTest.step(Status.ERROR, List.of(), StepFailureReportTest.unreachable()))));
        String box = "document.querySelector('.sc.open .step-body .error')";
        assertThat(b.eval(box + ".firstChild.textContent").asText()).isEqualTo("cannot reach Solr 'logs': connection refused");
        assertThat(b.eval(box + ".querySelector('.hint').textContent").asText()).isEqualTo(" (is Solr running?)");
        assertThat(b.eval("[..." + box + ".querySelectorAll('dl.details > *')].map(e => e.textContent).join('|')").asText())
                .isEqualTo("url|http://127.0.0.1:1/solr|collection|null");
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void aFailedCheckThatSaysItselfIsShownOnceWithTheCheck(Chromium b) throws Exception {
        CheckResult check = new CheckResult("numFound > 0", "that", null, null, false, "numFound was 0");
        open(b, write("failure-check", run(StepFailureReportTest.step(Status.FAILED, List.of(check),
                StepError.of(StepError.Kind.FAILED_CHECK, "numFound was 0")))));
        assertThat(b.eval("document.querySelectorAll('.sc.open .step-body .error').length").asInt()).isZero();
        assertThat(b.eval("document.querySelector('.sc.open .step-body').innerText").asText()).contains("numFound was 0");
        assertThat(b.errors()).isEmpty();
    }
}
