package io.crosscheck.engine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations are read exactly and bounded, so that nothing downstream can overflow or sleep for centuries. */
class DurationsTest {

    @Test
    void theUsualFormsAreReadToTheMillisecond() {
        assertThat(Durations.check("250ms").value()).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.check("1.5s").value()).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.check("2m").value()).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.check("PT30S").value()).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.check("24h").value()).isEqualTo(Durations.MAX);
        assertThat(Durations.check("0s").value()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aDurationBeyondADayIsRefusedNamingTheValueAndTheBound() {
        assertThat(Durations.check("PT2600000H").problem()).isEqualTo("duration 'PT2600000H' is longer than 24h");
        assertThat(Durations.check("99999999999999999h").problem()).isEqualTo("duration '99999999999999999h' is longer than 24h");
        assertThat(Durations.check("P2D").problem()).isEqualTo("duration 'P2D' is longer than 24h");
        assertThat(Durations.check("PT24H0.001S").value()).isNull();
    }

    @Test
    void aNegativeDurationIsRefusedInEveryForm() {
        assertThat(Durations.check("-PT5S").problem()).isEqualTo("negative duration '-PT5S'");
        assertThat(Durations.check("PT-5S").problem()).isEqualTo("negative duration 'PT-5S'");
        assertThat(Durations.check("-5s").problem()).isEqualTo("negative duration '-5s'");
        assertThat(Durations.check("-5s").hint()).isEqualTo("a duration is 0 or more, at most 24h");
    }

    @Test
    void whatIsNoDurationSaysHowToWriteOne() {
        Durations.Checked c = Durations.check("5 parsecs");
        assertThat(c.value()).isNull();
        assertThat(c.problem()).isEqualTo("bad duration '5 parsecs'");
        assertThat(c.hint()).isEqualTo("write e.g. 250ms, 30s, 2m");
        assertThat(Durations.check("PT99999999999999999999H").problem()).isEqualTo("bad duration 'PT99999999999999999999H'");
    }
}
