package io.crosscheck.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestServerTest {
    /** A server that counts its starts and stops. */
    static final class Counted implements AutoCloseable {
        final AtomicInteger stops;

        Counted(AtomicInteger stops) {
            this.stops = stops;
        }

        @Override
        public void close() {
            stops.incrementAndGet();
        }
    }

    @Test
    void everyCallerGetsTheOneServerStartedOnce() {
        AtomicInteger starts = new AtomicInteger();
        AtomicInteger stops = new AtomicInteger();
        TestServer<Counted> server = new TestServer<>("Counted", Counted.class, () -> {
            starts.incrementAndGet();
            return new Counted(stops);
        });

        Counted first = server.get();

        assertThat(server.get()).isSameAs(first);
        assertThat(server.starting().join()).isSameAs(first);
        assertThat(starts).hasValue(1);
    }

    @Test
    void closeStopsTheServerOnceAndTheNextUseStartsANewOne() {
        AtomicInteger stops = new AtomicInteger();
        TestServer<Counted> server = new TestServer<>("Counted", Counted.class, () -> new Counted(stops));
        Counted first = server.get();

        server.close();
        server.close();

        assertThat(stops).hasValue(1);
        assertThat(server.get()).isNotSameAs(first);
    }

    @Test
    void aFailedStartIsReportedToEveryCallerWithoutStartingAgain() {
        AtomicInteger starts = new AtomicInteger();
        TestServer<Counted> server = new TestServer<>("Broken", Counted.class, () -> {
            starts.incrementAndGet();
            throw new java.io.IOException("port 9 is taken");
        });

        assertThatThrownBy(server::get).isInstanceOf(IllegalStateException.class)
                .hasMessage("could not start the test Broken: port 9 is taken");
        assertThatThrownBy(server::get).hasMessage("could not start the test Broken: port 9 is taken");
        assertThat(starts).hasValue(1);
    }
}
