package io.crosscheck.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Test
    void eachFailedOrErroredStepIsOneErrorCommandAtItsOwnLine() {
        GithubAnnotations annotations = new GithubAnnotations(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        SampleRun.run().scenarios().forEach(annotations::scenarioFinished);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2).allMatch(l -> l.startsWith("::error file=scenarios/"));
        assertThat(text).contains("::error file=scenarios/billing/invoice.yaml,line=8,col=7,"
                + "title=FAIL Invoice is issued [plan=premium] › call GET /invoices/premium::");
    }

    @Test
    void textCannotStartACommandOfItsOwn() {
        assertThat(GithubAnnotations.data("100% bad\r\n::error::forged")).isEqualTo("100%25 bad%0D%0A::error::forged");
        assertThat(GithubAnnotations.property("a,b:c\nd")).isEqualTo("a%2Cb%3Ac%0Ad");
    }

    @Test
    void onlyInGithubActions() {
        assertThat(GithubAnnotations.wanted(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GithubAnnotations.wanted(Map.of())).isFalse();
    }
}
