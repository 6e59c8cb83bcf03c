package io.crosscheck.steps.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.type.DataTypes;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CqlBinderTest {
    private static final CqlBinder BINDER = new CqlBinder(v -> "JSON" + v);

    @Test
    void scenarioValuesBecomeTheJavaTypesOfTheirColumns() throws Exception {
        assertThat(BINDER.convert(42L, DataTypes.INT)).isEqualTo(42);
        assertThat(BINDER.convert("42", DataTypes.BIGINT)).isEqualTo(42L);
        assertThat(BINDER.convert(7L, DataTypes.SMALLINT)).isEqualTo((short) 7);
        assertThat(BINDER.convert(1.5, DataTypes.FLOAT)).isEqualTo(1.5f);
        assertThat(BINDER.convert(12.5, DataTypes.DECIMAL)).isEqualTo(new BigDecimal("12.5"));
        assertThat(BINDER.convert(42L, DataTypes.TEXT)).isEqualTo("42");
        assertThat(BINDER.convert("6f1c2a9e-0d4b-4f7e-9d3c-1b2a3c4d5e6f", DataTypes.UUID))
                .isEqualTo(UUID.fromString("6f1c2a9e-0d4b-4f7e-9d3c-1b2a3c4d5e6f"));
        assertThat(BINDER.convert("2024-05-01T10:00:00Z", DataTypes.TIMESTAMP)).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(BINDER.convert("2024-05-01T12:00:00+02:00", DataTypes.TIMESTAMP)).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(BINDER.convert(0L, DataTypes.TIMESTAMP)).isEqualTo(Instant.EPOCH);
        assertThat(BINDER.convert("2024-05-01", DataTypes.DATE)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(BINDER.convert("0xcafe", DataTypes.BLOB)).isEqualTo(ByteBuffer.wrap(new byte[] {(byte) 0xca, (byte) 0xfe}));
        assertThat(BINDER.convert("127.0.0.1", DataTypes.INET)).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(BINDER.convert("true", DataTypes.BOOLEAN)).isEqualTo(true);
    }

    @Test
    void collectionsAreConvertedItemByItem() {
        assertThat(BINDER.convert(List.of(1L, 2L), DataTypes.listOf(DataTypes.INT))).isEqualTo(List.of(1, 2));
        assertThat(BINDER.convert(new String[] {"a", "b"}, DataTypes.setOf(DataTypes.TEXT))).isEqualTo(Set.of("a", "b"));
        assertThat(BINDER.convert(Map.of("x", 1L), DataTypes.mapOf(DataTypes.TEXT, DataTypes.INT))).isEqualTo(Map.of("x", 1));
    }

    @Test
    void aMapOrListBoundToTextIsWrittenAsJson() {
        assertThat(BINDER.convert(Map.of("a", 1), DataTypes.TEXT)).isEqualTo("JSON{a=1}");
        assertThat(BINDER.convert(new String[] {"x"}, DataTypes.TEXT)).isEqualTo("JSON[x]");
    }

    @Test
    void aValueThatDoesNotFitSaysWhy() {
        assertThatThrownBy(() -> BINDER.convert(1.5, DataTypes.INT)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BINDER.convert("cafe", DataTypes.BLOB)).hasMessageContaining("0xcafe");
        assertThatThrownBy(() -> BINDER.convert("db.example.org", DataTypes.INET)).hasMessageContaining("IP address");
        assertThatThrownBy(() -> BINDER.convert(List.of(1), DataTypes.INT)).hasMessageContaining("not a list");
        assertThatThrownBy(() -> BINDER.convert(300L, DataTypes.TINYINT)).hasMessageContaining("out of range");
    }
}
