package io.crosscheck.reporters;

/** Makes any text storable in XML 1.0: characters XML forbids (most controls, lone surrogates) become {@code \\uXXXX}. */
final class XmlChars {

    private XmlChars() {
    }

    static String clean(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) sb.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (ok) {
                if (sb != null) sb.append(c);
            } else {
                if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** For attributes: cleaned, on one line (parsers would turn newlines into spaces anyway). */
    static String attribute(String s) {
        return clean(s).replaceAll("\\s+", " ").strip();
    }
}
