package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real Chromium: a failed scenario's evidence shows right after its failed step as a timeline (time, service,
 * level, message, source), the culprit row marked, with the trace id, the source that did not answer and the request
 * that carried the trace; a system's markup stays text.
 */
@ExtendWith(ChromiumExtension.class)
class HtmlEvidenceIT {
    private static String url;

    @BeforeAll
    static void write() throws Exception {
        url = ReportPage.of("evidence", EvidenceRun.failed());
    }

    @Test
    void theTimelineStandsBesideTheFailedStepWithTheCulpritMarked(Chromium b) throws Exception {
        ReportPage.openFirstScenario(b, url);
        b.waitFor("document.querySelector('.sc.open .evidence')");
        // right after the failed step's box
        assertThat(b.eval("document.querySelector('.sc.open .evidence').previousElementSibling.querySelector('.step-name')"
                + ".textContent").asText()).isEqualTo("call GET /invoices/premium");
        String rows = "[...document.querySelectorAll('.sc.open .ev-timeline tbody tr')].map(r => [...r.cells]"
                + ".map(c => c.textContent).join(' | ')).join('\\n')";
        assertThat(b.eval(rows).asText()).isEqualTo(String.join("\n",
                "2025-03-01T10:00:01Z | gateway | INFO | POST /bills | app-logs topic",
                "2025-03-01T10:00:02Z | billing | ERROR | likely culprit" + "no tariff for plan " + SampleRun.IMG + " | service logs",
                "2025-03-01T10:00:03Z | gateway | ERROR | billing answered 500 | app-logs topic"));
        assertThat(b.eval("[...document.querySelectorAll('.sc.open .ev-timeline tr.culprit')].length").asInt()).isEqualTo(1);
        assertThat(b.eval("document.querySelector('.sc.open .ev-timeline tr.culprit td:nth-child(2)').textContent").asText())
                .isEqualTo("billing");
        assertThat(b.eval("document.querySelectorAll('.sc.open .evidence img').length").asInt()).isZero();
        assertThat(b.eval("document.querySelector('.sc.open .ev-trace').textContent").asText())
                .isEqualTo("trace id " + EvidenceRun.TRACE);
        assertThat(b.eval("document.querySelector('.sc.open .ev-failure').textContent").asText())
                .isEqualTo("source billing audit did not answer: connection refused: 127.0.0.1:1");
        assertThat(b.eval("document.querySelector('.sc.open .evidence').textContent").asText())
                .contains("Request that carried the trace (call GET /invoices/premium)").contains("/invoices/premium");
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void theSearchFindsAScenarioByWhatAServiceLoggedForItsTrace(Chromium b) throws Exception {
        b.navigate(url);
        b.waitFor("document.documentElement.dataset.ready === 'true'");
        b.eval("(() => { const s = document.getElementById('cc-search'); s.value = 'billing answered 500'; s.dispatchEvent(new Event('input')); })()");
        b.waitFor("document.querySelectorAll('.sc').length === 1");
        b.eval("(() => { const s = document.getElementById('cc-search'); s.value = 'no such service'; s.dispatchEvent(new Event('input')); })()");
        b.waitFor("document.querySelector('.empty') !== null");
        b.eval("(() => { const s = document.getElementById('cc-search'); s.value = '" + EvidenceRun.TRACE + "'; s.dispatchEvent(new Event('input')); })()");
        b.waitFor("document.querySelectorAll('.sc').length === 1");
        assertThat(b.errors()).isEmpty();
    }
}
