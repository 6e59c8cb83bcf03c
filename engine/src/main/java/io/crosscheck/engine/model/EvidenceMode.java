package io.crosscheck.engine.model;

import java.util.Locale;

/** When evidence is gathered (spec §6, {@code --evidence}): after a failed or errored scenario, always, or never. */
public enum EvidenceMode {
    ON_FAILURE, ALWAYS, NEVER;

    /** As written on the command line: {@code on-failure}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code on-failure}, {@code always} or {@code never}; anything else is an IllegalArgumentException saying so. */
    public static EvidenceMode parse(String text) {
        for (EvidenceMode m : values()) if (m.text().equals(text)) return m;
        throw new IllegalArgumentException("--evidence must be on-failure, always or never, not '" + text + "'");
    }
}
