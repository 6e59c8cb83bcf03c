package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.Evidence;
import io.crosscheck.engine.result.EvidenceLine;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines of all sources on one timeline, sorted by time, the first error the likely culprit. */
class TimelineTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private static EvidenceLine line(String source, Instant time, String service, String level) {
        return new EvidenceLine(source, time, service, level, service + " says " + level);
    }

    @Test
    void linesOfAllSourcesAreSortedByTimeAndTheFirstErrorIsTheCulprit() {
        EvidenceLine late = line("logs", T.plusSeconds(5), "billing", "ERROR");
        EvidenceLine first = line("topic", T, "gateway", "INFO");
        EvidenceLine early = line("logs", T.plusSeconds(2), "consumption", "error");
        EvidenceLine untimed = line("audit", null, "audit", "ERROR");
        Evidence e = Timeline.merge(List.of(late, untimed, first, early), List.of());
        assertThat(e.lines()).containsExactly(first, early, late, untimed);
        assertThat(e.culprit()).isEqualTo(early);
    }

    @Test
    void equalTimesKeepTheOrderOfTheSourcesAndRows() {
        EvidenceLine a = line("logs", T, "a", "ERROR");
        EvidenceLine b = line("topic", T, "b", "ERROR");
        assertThat(Timeline.merge(List.of(a, b), List.of()).culprit()).isEqualTo(a);
        assertThat(Timeline.merge(List.of(b, a), List.of()).culprit()).isEqualTo(b);
    }

    @Test
    void withoutAnErrorThereIsNoCulprit() {
        Evidence e = Timeline.merge(List.of(line("logs", T, "a", "WARN"), line("logs", T, "b", "")), List.of());
        assertThat(e.culprit()).isNull();
        assertThat(Timeline.merge(List.of(), List.of(new Evidence.Failure("logs", "down"))).culprit()).isNull();
    }

    @Test
    void fatalAndSevereCountAsErrorsButWarningsDoNot() {
        assertThat(line("s", T, "a", "FATAL").isError()).isTrue();
        assertThat(line("s", T, "a", " severe ").isError()).isTrue();
        assertThat(line("s", T, "a", "WARN").isError()).isFalse();
    }

    @Test
    void timesAreReadFromInstantsDatesEpochMillisAndIsoText() {
        assertThat(Timeline.time(T)).isEqualTo(T);
        assertThat(Timeline.time(Date.from(T))).isEqualTo(T);
        assertThat(Timeline.time(T.toEpochMilli())).isEqualTo(T);
        assertThat(Timeline.time(String.valueOf(T.toEpochMilli()))).isEqualTo(T);
        assertThat(Timeline.time("2026-03-01T10:00:00Z")).isEqualTo(T);
        assertThat(Timeline.time("2026-03-01T11:00:00+01:00")).isEqualTo(T);
        Instant local = LocalDateTime.parse("2026-03-01T10:00:00").atZone(ZoneId.systemDefault()).toInstant();
        assertThat(Timeline.time("2026-03-01T10:00:00")).isEqualTo(local);
        assertThat(Timeline.time("2026-03-01 10:00:00")).isEqualTo(local);
        assertThat(Timeline.time("yesterday")).isNull();
        assertThat(Timeline.time(null)).isNull();
        assertThat(Timeline.time(List.of())).isNull();
    }
}
