package io.crosscheck.reporters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.engine.spi.report.Reporter;
import io.crosscheck.engine.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReporterTest {

    @TempDir
    Path dir;

    private String html() throws Exception {
        return Files.readString(new HtmlReporter().write(SampleRun.run(), dir));
    }

    @Test
    void hostileContentNeverAppearsAsMarkup() throws Exception {
        String html = html();
        assertThat(html).doesNotContain("<img").doesNotContain("onerror=alert(1)>").doesNotContain("document.title='pwned'</script>");
        // exactly two script elements: the data block and the report's own code
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).doesNotContain("<!-- ");
        // server-side parts escape: the hostile tag is in the tag table and the tag filter
        assertThat(html).contains("data-tag=\"&lt;img src=x onerror=alert(1)&gt;\"");
        assertThat(html).contains("<option value=\"&lt;img src=x onerror=alert(1)&gt;\">&lt;img src=x onerror=alert(1)&gt;</option>");
    }

    @Test
    void embeddedDataIsTheResultTreeAndParsesBackExactly() throws Exception {
        String html = html();
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"cc-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        assertThat(data.path("format").asText()).isEqualTo("crosscheck-results");
        assertThat(data.path("scenarios")).hasSize(6);
        JsonNode hostile = data.path("scenarios").get(3);
        assertThat(hostile.path("name").asText()).isEqualTo(SampleRun.HOSTILE_NAME);
        assertThat(hostile.path("message").asText()).isEqualTo(SampleRun.HOSTILE_MESSAGE);
        assertThat(hostile.path("steps").get(0).path("response").path("body").path("html").asText())
                .isEqualTo(SampleRun.SCRIPT + "</script><!--");
    }

    @Test
    void pageIsSelfContainedWithANonceOnlyPolicy() throws Exception {
        String html = html();
        assertThat(html).doesNotContain("src=\"").doesNotContain("url(").doesNotContain("@import")
                .doesNotContain("fetch(").doesNotContain("XMLHttpRequest").doesNotContain("href=\"http");
        assertThat(Pattern.compile("<link ").matcher(html).results().count()).isEqualTo(1); // the empty data: icon
        Matcher csp = Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]+)'").matcher(html);
        assertThat(csp.find()).isTrue();
        assertThat(html).contains("<script nonce=\"" + csp.group(1) + "\">");
        assertThat(html).contains("default-src 'none'");
    }

    @Test
    void summaryShowsCountsPassRateSlowestAndTags() throws Exception {
        String html = html();
        assertThat(html).contains("<title>FAILED · 6 scenarios · nightly · crosscheck</title>");
        assertThat(html).contains("<span class=\"card-num\">3</span><span class=\"card-label\">passed</span>");
        assertThat(html).contains("<text x=\"21\" y=\"21\" class=\"donut-num\">60.0%</text>"); // 3 of 5 that ran
        assertThat(html).contains("data-open=\"3\"");                                               // slowest: the hostile one
        assertThat(html).contains("data-tag=\"smoke\">smoke</button>");
    }

    @Test
    void summaryModelComputesRatesPerTag() {
        HtmlSummary s = HtmlSummary.of(SampleRun.run());
        assertThat(s.passRate()).isEqualTo("60.0%");
        assertThat(s.slowest().get(0).name()).isEqualTo(SampleRun.HOSTILE_NAME);
        assertThat(s.slowest()).hasSize(5);
        HtmlSummary.TagRate smoke = s.tags().stream().filter(t -> t.tag().equals("smoke")).findFirst().orElseThrow();
        assertThat(smoke.total()).isEqualTo(3);
        assertThat(smoke.errors()).isEqualTo(1);
        assertThat(smoke.rate()).isEqualTo("66.7%");
        assertThat(s.segments()).extracting(HtmlSummary.Segment::status).containsExactly("PASSED", "FAILED", "ERROR", "SKIPPED");
        assertThat(HtmlSummary.rate(0, 0)).isEqualTo("–");
        assertThat(HtmlSummary.rate(999, 1000)).isEqualTo("99.9%");
        assertThat(HtmlSummary.rate(9999, 10000)).isEqualTo("99.9%");
    }

    @Test
    void scriptSafeWriterEscapesEverythingThatCouldEndTheBlock() throws Exception {
        StringWriter sw = new StringWriter();
        try (ScriptSafeWriter w = new ScriptSafeWriter(sw)) {
            w.write("\"</script><!--&\u2028\"");
            w.write('>');
        }
        assertThat(sw.toString()).isEqualTo("\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\"\\u003e");
        assertThat(new ObjectMapper().readValue(sw.toString().substring(0, sw.toString().length() - 6), String.class))
                .isEqualTo("</script><!--&\u2028");
    }

    @Test
    void emptyRunRenders() throws Exception {
        String html = Files.readString(new HtmlReporter().write(new RunResult("r", null, 0, "", List.of(), false), dir));
        assertThat(html).contains("<title>PASSED · 0 scenarios · crosscheck</title>").contains("No scenario ran.");
    }

    @Test
    void theThreeFileReportersAreServices() {
        List<String> names = ServiceLoader.load(Reporter.class).stream().map(p -> p.get().name()).sorted().toList();
        assertThat(names).containsExactly("html", "json", "junit");
    }

    @Test
    void aPageWrittenWhileTheWarmUpRunsIsThePageWrittenWithoutIt() throws Exception {
        String cold = comparable(html());
        Thread warmUp = new Thread(HtmlReporter::warmUp);
        warmUp.start();
        String during = comparable(Files.readString(new HtmlReporter().write(SampleRun.run(), Files.createDirectory(dir.resolve("during")))));
        warmUp.join();
        HtmlReporter.warmUp();
        String after = comparable(Files.readString(new HtmlReporter().write(SampleRun.run(), Files.createDirectory(dir.resolve("after")))));
        assertThat(during).isEqualTo(cold);
        assertThat(after).isEqualTo(cold).contains(SampleRun.HOSTILE_NAME.substring(0, 4));
    }

    /** The page without what differs on every write: the nonce and the time it was generated. */
    private static String comparable(String html) {
        return html.replaceAll("nonce-[A-Za-z0-9+/=]+|nonce=\"[^\"]+\"", "NONCE").replaceAll("generated [^ ]+ ·", "generated T ·");
    }
}
