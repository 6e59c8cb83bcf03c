package io.crosscheck.testkit.kafka;

import org.junit.jupiter.api.RepeatedTest;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FreePortsTest {

    /** A broker's listener and controller sharing one port refuse to start; chosen together, they never do. */
    @RepeatedTest(50)
    void portsChosenTogetherAreDistinct() throws Exception {
        int[] ports = KafkaBroker.freePorts(3);
        assertEquals(3, Arrays.stream(ports).distinct().count(), Arrays.toString(ports));
    }
}
