package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void unitsAreBinaryMultiples() {
        assertThat(ByteSize.parse("100")).contains(100L);
        assertThat(ByteSize.parse(100)).contains(100L);
        assertThat(ByteSize.parse("100B")).contains(100L);
        assertThat(ByteSize.parse("512KB")).contains(512L << 10);
        assertThat(ByteSize.parse("16 mb")).contains(16L << 20);
        assertThat(ByteSize.parse("1GB")).contains(1L << 30);
    }

    @Test
    void zeroNegativeFractionalUnknownAndAboveOneGigabyteAreNotSizes() {
        for (String bad : new String[] {"0", "0MB", "-1", "1.5MB", "16XB", "2GB", "1025MB", "99999999999", "", "MB"}) {
            assertThat(ByteSize.parse(bad)).as(bad).isEmpty();
        }
        assertThat(ByteSize.parse(null)).isEmpty();
    }

    @Test
    void messagesUseTheLargestWholeUnit() {
        assertThat(ByteSize.format(10)).isEqualTo("10 B");
        assertThat(ByteSize.format(16L << 20)).isEqualTo("16 MB");
        assertThat(ByteSize.format(1536)).isEqualTo("1.5 KB");
        assertThat(ByteSize.format(300L << 20)).isEqualTo("300 MB");
    }
}
