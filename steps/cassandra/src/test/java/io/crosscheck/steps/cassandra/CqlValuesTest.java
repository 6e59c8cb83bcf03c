package io.crosscheck.steps.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CqlValuesTest {

    @Test
    void driverValuesBecomeJsonLikeValues() throws Exception {
        assertThat(CqlValues.plain(UUID.fromString("6f1c2a9e-0d4b-4f7e-9d3c-1b2a3c4d5e6f"))).isEqualTo("6f1c2a9e-0d4b-4f7e-9d3c-1b2a3c4d5e6f");
        assertThat(CqlValues.plain(Instant.parse("2024-05-01T10:00:00Z"))).isEqualTo("2024-05-01T10:00:00Z");
        assertThat(CqlValues.plain(LocalDate.of(2024, 5, 1))).isEqualTo("2024-05-01");
        assertThat(CqlValues.plain(1.1f)).isEqualTo(1.1);
        assertThat(CqlValues.plain((short) 3)).isEqualTo(3);
        assertThat(CqlValues.plain(ByteBuffer.wrap(new byte[] {(byte) 0xca, (byte) 0xfe}))).isEqualTo("0xcafe");
        assertThat(CqlValues.plain(InetAddress.getByName("10.1.2.3"))).isEqualTo("10.1.2.3");
        assertThat(CqlValues.plain(CqlDuration.from("1h30m"))).isEqualTo("1h30m");
        assertThat(CqlValues.plain(Set.of(UUID.fromString("6f1c2a9e-0d4b-4f7e-9d3c-1b2a3c4d5e6f"))))
                .isEqualTo(List.of("6f1c2a9e-0d4b-4f7e-9d3c-1b2a3c4d5e6f"));
        assertThat(CqlValues.plain(Map.of(1, LocalDate.of(2024, 5, 1)))).isEqualTo(Map.of("1", "2024-05-01"));
    }
}
