package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The steps of a fragment show in the HTML report indented under their use step, each at its own position. */
@ExtendWith(ChromiumExtension.class)
class HtmlFragmentStepsIT {
    private static String url;

    @BeforeAll
    static void write() throws Exception {
        Path dir = Files.createDirectories(HtmlReportIT.OUT.resolve("fragment"));
        RunResult run = new RunResult("r", SampleRun.START, 31, "local", List.of(SampleRun.fragment()), false);
        url = new HtmlReporter().write(run, dir).toUri().toString();
    }

    @Test
    void theFragmentsStepsAreNestedUnderTheUseStepWithTheirOwnPositions(Chromium b) throws Exception {
        b.navigate(url);
        b.waitFor("document.documentElement.dataset.ready === 'true'");
        b.eval("(() => { const e = document.querySelector('.sc'); if (!e.classList.contains('open')) e.querySelector('.sc-head').click(); })()");
        String inner = "[...document.querySelectorAll('.sc.open .step > .step-children > .step > .step-head .step-pos')]"
                + ".map(e => e.textContent).join('|')";
        assertThat(b.eval(inner).asText())
                .isEqualTo("scenarios/fragments/login.yaml:4:7|scenarios/fragments/login.yaml:7:7");
        assertThat(b.eval("document.querySelector('.sc.open .step-children .step.st-FAILED .step-name').textContent").asText())
                .isEqualTo("assert token != ''");
        assertThat(b.errors()).isEmpty();
    }
}
