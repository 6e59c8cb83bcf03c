package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The steps of a fragment show in the HTML report indented under their use step, each at its own position. */
@ExtendWith(ChromiumExtension.class)
class HtmlFragmentStepsIT {
    private static String url;

    @BeforeAll
    static void write() throws Exception {
        url = ReportPage.of("fragment", SampleRun.fragment());
    }

    @Test
    void theFragmentsStepsAreNestedUnderTheUseStepWithTheirOwnPositions(Chromium b) throws Exception {
        ReportPage.openFirstScenario(b, url);
        String inner = "[...document.querySelectorAll('.sc.open .step > .step-children > .step > .step-head .step-pos')]"
                + ".map(e => e.textContent).join('|')";
        assertThat(b.eval(inner).asText())
                .isEqualTo("scenarios/fragments/login.yaml:4:7|scenarios/fragments/login.yaml:7:7");
        assertThat(b.eval("document.querySelector('.sc.open .step-children .step.st-FAILED .step-name').textContent").asText())
                .isEqualTo("assert token != ''");
        assertThat(b.errors()).isEmpty();
    }
}
