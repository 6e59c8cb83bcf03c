package io.crosscheck.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a template into literal text and {@code ${...}} expressions. An expression ends at the brace that
 * closes it: braces inside it nest ({@code ${ {'a': 1} }}) and quoted strings are skipped
 * ({@code ${where(l, x -> x.a == '}')}}). {@code $${} is a literal {@code ${}.
 */
final class TemplateScanner {
    private static final ParseCache<List<Part>> SCANNED = new ParseCache<>();

    /** A piece of a template: literal text, or an expression's source; {@code offset} is its 0-based start. */
    record Part(String text, boolean expression, int offset) {
    }

    private TemplateScanner() {
    }

    static boolean hasExpression(String template) {
        return template.contains("${");
    }

    /**
     * The template's parts, split once per text: a suite renders the same templates at every run of a step, and the
     * same expression texts then find their parse in the engine's cache without hashing a new string.
     */
    static List<Part> scan(String template) {
        return SCANNED.get(template, text -> List.copyOf(split(text)));
    }

    private static List<Part> split(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = 0;
        int i = 0;
        int n = template.length();
        while (i < n) {
            if (template.startsWith("$${", i)) {
                literal.append("${");
                i += 3;
            } else if (template.startsWith("${", i)) {
                int end = closingBrace(template, i + 2);
                if (literal.length() > 0) parts.add(new Part(literal.toString(), false, literalStart));
                literal.setLength(0);
                parts.add(new Part(template.substring(i + 2, end), true, i + 2));
                i = end + 1;
                literalStart = i;
            } else {
                literal.append(template.charAt(i++));
            }
        }
        if (literal.length() > 0) parts.add(new Part(literal.toString(), false, literalStart));
        return parts;
    }

    /** Index of the brace that closes an expression starting at {@code from}. */
    private static int closingBrace(String s, int from) {
        int depth = 1;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = closingQuote(s, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new ExpressionException("unclosed ${ at column " + (from - 1) + ": add the closing } (write $${ for a literal ${)");
    }

    private static int closingQuote(String s, int start) {
        char quote = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == quote) return i;
        }
        throw new ExpressionException("unclosed string " + quote + "... at column " + (start + 1) + " inside ${...}");
    }
}
