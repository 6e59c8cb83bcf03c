package io.crosscheck.reporters;

/**
 * Text from a system under test made safe for a terminal: control characters (ESC, BEL, NUL, CR, C1) and the
 * invisible bidirectional overrides are shown as {@code \x1B} / {@code \u202E} escapes, so a response body can't
 * recolour, retitle or rewrite the console. Newlines and tabs stay: messages span lines.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (unsafe && out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (out == null) continue;
            if (!unsafe) out.append(c);
            else if (c <= 0xFF) out.append(String.format("\\x%02X", (int) c));
            else out.append(String.format("\\u%04X", (int) c));
        }
        return out == null ? text : out.toString();
    }
}
