package io.crosscheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceparentTest {
    private static final String ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theTraceIdIsTheIncomingTraceparentsOverTheCallersOwnHeader() {
        assertThat(Traceparent.traceId("00-" + ID + "-00f067aa0ba902b7-01", "my-own-id")).isEqualTo(ID);
    }

    @Test
    void anInvalidOrMissingTraceparentFallsBackToTheCallersOwnIdElseANewTrace() {
        assertThat(Traceparent.traceId("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01", "own")).isEqualTo("own");
        assertThat(Traceparent.traceId("ff-" + ID + "-00f067aa0ba902b7-01", "own")).isEqualTo("own");
        assertThat(Traceparent.traceId("garbage", null)).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        assertThat(Traceparent.traceId(null, " ")).matches("[0-9a-f]{32}");
    }

    @Test
    void theTracePassedOnKeepsTheTraceIdWithASpanOfItsOwn() {
        String next = Traceparent.next(ID);
        assertThat(next).matches("00-" + ID + "-[0-9a-f]{16}-01");
        assertThat(Traceparent.next(ID)).isNotEqualTo(next);
        assertThat(Traceparent.next("6f1c6d2e-1d3b-4c55-9d0e-3b8c1f0e2a11")).as("not a W3C trace id").isNull();
    }
}
