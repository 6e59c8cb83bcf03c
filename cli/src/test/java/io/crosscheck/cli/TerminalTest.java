package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void colourFollowsTheTerminalUnlessForcedAndNoColorAlwaysWins() {
        assertThat(Terminal.of(Map.of(), true)).isEqualTo(new Terminal(true, true));
        assertThat(Terminal.of(Map.of(), false)).isEqualTo(new Terminal(false, false));
        assertThat(Terminal.of(Map.of("FORCE_COLOR", "1"), false)).isEqualTo(new Terminal(true, false));
        assertThat(Terminal.of(Map.of("CLICOLOR_FORCE", "yes"), false).color()).isTrue();
        assertThat(Terminal.of(Map.of("FORCE_COLOR", "0"), false).color()).isFalse();
        assertThat(Terminal.of(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), true).color()).isFalse();
        assertThat(Terminal.of(Map.of("NO_COLOR", ""), true).color()).isTrue();
    }
}
