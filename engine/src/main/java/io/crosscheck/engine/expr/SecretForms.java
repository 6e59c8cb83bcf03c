package io.crosscheck.engine.expr;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Every form in which a secret travels, as one pattern: each character as itself, percent-encoded (UTF-8, either
 * hex case, {@code +} or {@code %20} for a space, as URLs and form bodies carry it) or JSON-escaped ({@code \"},
 * {@code \\}, {@code \/}, {@code \n}..., {@code \u00e9}), in any mix, as encoders differ in what they escape.
 */
final class SecretForms {

    private SecretForms() {
    }

    static Pattern pattern(String secret) {
        StringBuilder regex = new StringBuilder();
        secret.codePoints().forEach(cp -> regex.append("(?:").append(forms(cp)).append(')'));
        return Pattern.compile(regex.toString());
    }

    private static String forms(int codePoint) {
        String c = new String(Character.toChars(codePoint));
        StringBuilder alternatives = new StringBuilder(Pattern.quote(c));
        StringBuilder percent = new StringBuilder();
        for (byte b : c.getBytes(StandardCharsets.UTF_8)) percent.append('%').append(hex(b & 0xff, 2));
        alternatives.append('|').append(percent);
        if (codePoint == ' ') alternatives.append("|\\+");
        String json = jsonEscape(codePoint);
        if (json != null) alternatives.append('|').append(Pattern.quote(json));
        StringBuilder unicode = new StringBuilder();
        for (char unit : c.toCharArray()) unicode.append("\\\\u").append(hex(unit, 4));
        return alternatives.append('|').append(unicode).toString();
    }

    private static String jsonEscape(int codePoint) {
        return switch (codePoint) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '/' -> "\\/";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> null;
        };
    }

    /** {@code value} as hex digits, each letter matching either case: {@code 2f} → {@code 2[Ff]}. */
    private static String hex(int value, int digits) {
        String hex = String.format("%0" + digits + "X", value);
        StringBuilder out = new StringBuilder();
        for (char h : hex.toCharArray()) {
            if (Character.isLetter(h)) out.append('[').append(h).append(Character.toLowerCase(h)).append(']');
            else out.append(h);
        }
        return out.toString();
    }
}
