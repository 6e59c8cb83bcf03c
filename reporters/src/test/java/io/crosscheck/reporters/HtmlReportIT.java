package io.crosscheck.reporters;

import io.crosscheck.engine.result.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens generated reports in a real headless Chromium and uses them the way a person would. */
@ExtendWith(ChromiumExtension.class)
class HtmlReportIT {

    static final Path OUT = Path.of("target", "html-report-it").toAbsolutePath();
    static String sampleUrl;

    @BeforeAll
    static void writeSample() throws Exception {
        Path dir = Files.createDirectories(OUT.resolve("sample"));
        sampleUrl = new HtmlReporter().write(SampleRun.run(), dir).toUri().toString();
    }

    @BeforeEach
    void open(Chromium browser) throws Exception {
        browser.navigate(sampleUrl);
        browser.waitFor("document.documentElement.dataset.ready === 'true'");
        browser.clearEvents();
    }

    private static int count(Chromium b, String selector) throws Exception {
        return b.eval("document.querySelectorAll(" + js(selector) + ").length").asInt();
    }

    private static void click(Chromium b, String selector) throws Exception {
        b.eval("document.querySelector(" + js(selector) + ").click()");
    }

    private static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Opens the scenario whose name contains {@code name}; returns a selector for it. */
    private static String openScenario(Chromium b, String name) throws Exception {
        String id = b.eval("(() => { const e = [...document.querySelectorAll('.sc')].find(e => e.querySelector('.sc-name').textContent.includes("
                + js(name) + ")); if (!e.classList.contains('open')) e.querySelector('.sc-head').click(); return e.id; })()").asText();
        return "#" + id;
    }

    @Test
    void hostileContentIsShownAsTextAndNeverRuns(Chromium b) throws Exception {
        // open everything that holds hostile data: the scenario, its step, every JSON node
        b.eval("document.querySelectorAll('.sc:not(.open) .sc-head').forEach(h => h.click())");
        b.eval("document.querySelectorAll('.step-head[aria-expanded=false]').forEach(h => h.click())");
        b.eval("document.querySelectorAll('.json details').forEach(d => d.open = true)");
        assertThat(b.eval("document.title").asText()).isEqualTo("FAILED · 6 scenarios · nightly · crosscheck");
        assertThat(count(b, "img")).isZero();
        assertThat(count(b, "script")).isEqualTo(2);
        String text = b.eval("document.body.innerText").asText();
        assertThat(text).contains(SampleRun.SCRIPT).contains(SampleRun.IMG).contains("]]>").contains("broke ]]> with \\u0007 bell");
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void statusTagAndTextFiltersNarrowTheList(Chromium b) throws Exception {
        assertThat(count(b, ".sc")).isEqualTo(6);
        // failures first
        assertThat(b.eval("[...document.querySelectorAll('.sc > .sc-head .badge')].map(e => e.textContent).join()").asText())
                .isEqualTo("ERROR,FAILED,PASSED,PASSED,PASSED,SKIPPED");

        for (String st : new String[]{"PASSED", "ERROR", "SKIPPED"}) click(b, ".chip[data-status=" + st + "]");
        assertThat(count(b, ".sc")).isEqualTo(1);
        assertThat(b.eval("document.querySelector('.sc .sc-name').textContent").asText()).isEqualTo("Invoice is issued [plan=premium]");
        assertThat(b.eval("document.getElementById('cc-count').textContent").asText()).isEqualTo("1 of 6 scenarios");
        for (String st : new String[]{"PASSED", "ERROR", "SKIPPED"}) click(b, ".chip[data-status=" + st + "]");
        assertThat(count(b, ".sc")).isEqualTo(6);

        click(b, "button.tag[data-tag=consumption]");
        assertThat(count(b, ".sc")).isEqualTo(1);
        b.eval("(() => { const s = document.getElementById('cc-tag'); s.value = ''; s.dispatchEvent(new Event('change')); })()");
        assertThat(count(b, ".sc")).isEqualTo(6);

        b.eval("document.getElementById('cc-search').focus()");
        b.type("basic invoice");
        b.waitFor("document.querySelectorAll('.sc').length === 1");
        assertThat(b.eval("document.querySelector('.sc .sc-name').textContent").asText()).isEqualTo("Invoice is issued [plan=basic]");

        b.eval("(() => { const s = document.getElementById('cc-search'); s.value = 'no such thing'; s.dispatchEvent(new Event('input')); })()");
        b.waitFor("document.querySelector('.empty') !== null");
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void reportChartsAreDrawnAsSvg(Chromium b) throws Exception {
        String sc = openScenario(b, "Consumption is aggregated");
        String items = "document.querySelectorAll('" + sc + " .report-item')";
        assertThat(count(b, sc + " .report-item svg.chart")).isEqualTo(4);
        assertThat(b.eval(items + "[0].querySelectorAll('rect.bar').length").asInt()).isEqualTo(3);
        assertThat(b.eval(items + "[1].querySelectorAll('path.slice').length").asInt()).isEqualTo(3);
        assertThat(b.eval(items + "[2].querySelectorAll('rect.bar').length").asInt()).isEqualTo(9); // 200 values, Sturges
        assertThat(b.eval(items + "[3].querySelectorAll('path.line').length").asInt()).isEqualTo(1);
        assertThat(b.eval(items + "[3].querySelectorAll('circle.pt').length").asInt()).isEqualTo(14);
        // the bars have real sizes in the laid-out page
        assertThat(b.eval(items + "[0].querySelector('rect.bar').getBoundingClientRect().height").asDouble()).isGreaterThan(10);
        // the waterfall has a bar per step
        assertThat(count(b, sc + " .waterfall rect.wf-bar")).isEqualTo(3);
        // rows of a query response are a table, shown a page at a time; the page holds the first 500 of 1,200
        String table = "document.querySelector('" + sc + " table.rows')";
        assertThat(b.eval(table + ".tBodies[0].rows.length").asInt()).isEqualTo(50);
        b.eval(table + ".parentElement.querySelector('button.linkish').click()");
        assertThat(b.eval(table + ".tBodies[0].rows.length").asInt()).isEqualTo(100);
        assertThat(b.eval(table + ".parentElement.querySelector('.j-note').textContent").asText())
                .isEqualTo("…(700 more items) — results.json has them all");
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void failedCheckShowsExpectedVersusActualAndAJsonDiff(Chromium b) throws Exception {
        String sc = openScenario(b, "plan=premium");
        String diff = b.eval("document.querySelector('" + sc + " .diff').innerText").asText();
        assertThat(diff).contains("~ $.total expected 12.5, actual 13").contains("- $.lines[1] missing, expected 2")
                .contains("+ $.extra only in actual: \"x\"");
        assertThat(b.eval("[...document.querySelectorAll('" + sc + " .hl-act')].map(e => e.textContent).join('|')").asText())
                .contains("s");   // "monthly invoice" vs "monthly invoices": the differing tail is marked
        assertThat(count(b, sc + " tr.fail")).isEqualTo(3);
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void slowestLinkOpensItsScenario(Chromium b) throws Exception {
        click(b, "a.slow-link[data-open='5']");
        assertThat(b.eval("document.getElementById('s-5').classList.contains('open')").asBoolean()).isTrue();
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void screenshotOfAFailedNightlyRun(Chromium b) throws Exception {
        openScenario(b, "plan=premium");
        openScenario(b, "Consumption is aggregated");
        Path png = OUT.resolve("report.png");
        b.screenshot(png, 1400);
        assertThat(Files.size(png)).isGreaterThan(50_000);
        assertThat(b.errors()).isEmpty();
    }

    @Test
    void tenThousandScenariosOpenPagedAndStayUsable(Chromium b) throws Exception {
        RunResult run = LargeRun.of(10_000);
        Path dir = Files.createDirectories(OUT.resolve("large"));
        long t0 = System.nanoTime();
        Path file = new HtmlReporter().write(run, dir);
        long writeMs = (System.nanoTime() - t0) / 1_000_000;

        t0 = System.nanoTime();
        b.navigate(file.toUri().toString());
        b.waitFor("document.documentElement.dataset.ready === 'true'");
        long openMs = (System.nanoTime() - t0) / 1_000_000;
        int renderMs = b.eval("+document.documentElement.dataset.renderMs").asInt();
        System.out.printf("10,000 scenarios: index.html %.1f MB written in %d ms; opened in %d ms (ready %d ms after navigation start)%n",
                Files.size(file) / 1e6, writeMs, openMs, renderMs);

        assertThat(count(b, ".sc")).isEqualTo(100);
        assertThat(b.eval("document.getElementById('cc-count').textContent").asText()).isEqualTo("All 10,000 scenarios · showing 100");
        click(b, "button.more");
        assertThat(count(b, ".sc")).isEqualTo(200);

        long failed = run.count(io.crosscheck.engine.result.Status.FAILED);
        for (String st : new String[]{"PASSED", "ERROR", "SKIPPED"}) click(b, ".chip[data-status=" + st + "]");
        assertThat(b.eval("document.getElementById('cc-count').textContent").asText())
                .isEqualTo(failed + " of 10,000 scenarios · showing 100");
        for (String st : new String[]{"PASSED", "ERROR", "SKIPPED"}) click(b, ".chip[data-status=" + st + "]");

        b.eval("(() => { const s = document.getElementById('cc-search'); s.value = 'scenario 9999'; s.dispatchEvent(new Event('input')); })()");
        b.waitFor("document.querySelectorAll('.sc').length === 1");
        b.eval("document.querySelector('.sc .sc-head').click()");
        assertThat(count(b, ".sc.open .step")).isEqualTo(4);
        b.screenshot(OUT.resolve("report-10000.png"), 1400);
        assertThat(b.errors()).isEmpty();
    }
}
