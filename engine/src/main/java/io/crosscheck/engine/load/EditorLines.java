package io.crosscheck.engine.load;

/**
 * Makes SnakeYAML split lines where editors (and YAML 1.2) do: only at LF, CR and CRLF. SnakeYAML follows YAML 1.1,
 * where NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) also end a line; one of them in a
 * comment would then turn the rest of the comment into YAML, and every position after it would be a line off from
 * what the editor shows. Before parsing they are swapped for private-use code points (one code point each, so
 * columns stay right), and swapped back in every text the parser returns.
 */
final class EditorLines {
    private static final int[][] SWAPS = {{0x85, 0xF0085}, {0x2028, 0xF2028}, {0x2029, 0xF2029}};

    private EditorLines() {
    }

    static String hide(String text) {
        return swap(text, 0, 1);
    }

    static String restore(String text) {
        return swap(text, 1, 0);
    }

    private static String swap(String text, int from, int to) {
        if (text == null || !contains(text, from)) return text;
        StringBuilder sb = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> sb.appendCodePoint(replacement(cp, from, to)));
        return sb.toString();
    }

    private static boolean contains(String text, int from) {
        for (int[] s : SWAPS) {
            if (text.indexOf(s[from]) >= 0) return true;
        }
        return false;
    }

    private static int replacement(int cp, int from, int to) {
        for (int[] s : SWAPS) {
            if (s[from] == cp) return s[to];
        }
        return cp;
    }
}
