package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Details of the HTML report a reader meets: a size check's actual, a diff of a reordered list, a phone's width. */
@ExtendWith(ChromiumExtension.class)
class HtmlReportDetailsIT {
    private static final String LONG_NAME = "A customer's yearly consumption adds up for every meter of the account";
    private static String url;

    @BeforeAll
    static void write() throws Exception {
        Position at = new Position("scenarios/details.yaml", 1, 1);
        List<Object> body = new ArrayList<>();
        for (int i = 0; i < 50; i++) body.add(Map.of("id", i, "note", "a long note for item " + i));
        List<Object> expected = List.of("A", "B", "C", "D", "E");
        List<Object> actual = List.of("E", "A", "B", "C", "D");
        List<CheckResult> checks = List.of(
                new CheckResult("body", "size", 50, 50, true, ""),
                new CheckResult("body.order", "eq", expected, actual, false, "body.order: expected [A,B,C,D,E]"));
        StepRecord step = new StepRecord("call GET /items", "call", Phase.STEP, new Position(at.file(), 3, 5),
                Status.FAILED, 0, 12, 1, Map.of(), Map.of("status", 200, "body", body), checks, "body.order differs", List.of());
        List<ScenarioResult> scenarios = new ArrayList<>();
        for (String meter : List.of("M-1001", "M-1002")) {
            scenarios.add(new ScenarioResult(LONG_NAME, "", at, List.of(), "meterId=" + meter, Map.of("meterId", meter),
                    Status.FAILED, Instant.EPOCH, 12, List.of(step), "call GET /items: body.order differs"));
        }
        Path dir = Files.createDirectories(HtmlReportIT.OUT.resolve("details"));
        url = new HtmlReporter().write(new RunResult("r", Instant.EPOCH, 30, "local", scenarios, false), dir).toUri().toString();
    }

    @BeforeEach
    void open(Chromium b) throws Exception {
        b.navigate(url);
        b.waitFor("document.documentElement.dataset.ready === 'true'");
        b.clearEvents();
        ReportPage.openFirstScenario(b);
        b.eval("document.querySelectorAll('.step-head[aria-expanded=false]').forEach(h => h.click())");
    }

    @Test
    void aPassingSizeCheckShowsTheSizeNotTheBody(Chromium b) throws Exception {
        String row = "[...document.querySelector('.sc.open table.checks').tBodies[0].rows].find(r => r.cells[2].textContent === 'size')";
        assertThat(b.eval(row + ".cells[4].textContent").asText()).isEqualTo("50");
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void anItemMovedToTheFrontIsOneAddedAndOneMissingLine(Chromium b) throws Exception {
        String diff = b.eval("document.querySelector('.sc.open .diff').innerText").asText();
        assertThat(diff.lines().toList()).containsExactly("+ $[0] only in actual: \"E\"", "- $[4] missing, expected \"E\"");
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void atAPhonesWidthExampleRowsShowTheirWholeNames(Chromium b) throws Exception {
        b.send("Emulation.setDeviceMetricsOverride", Map.of("width", 400, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            b.waitFor("window.innerWidth === 400");
            assertThat(b.eval("[...document.querySelectorAll('.sc-name')].every(e => e.scrollWidth <= e.clientWidth + 1)").asBoolean())
                    .as("no name is cut").isTrue();
            assertThat(b.eval("[...document.querySelectorAll('.sc-name')].map(e => e.innerText).join('|')").asText())
                    .contains("meterId=M-1001").contains("meterId=M-1002");
            assertThat(b.eval("document.querySelector('.sc.open .step-name').getBoundingClientRect().height").asDouble())
                    .as("a step's name keeps its width").isLessThan(60);
            b.screenshot(HtmlReportIT.OUT.resolve("details/phone.png"), 400);
        } finally {
            b.send("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
