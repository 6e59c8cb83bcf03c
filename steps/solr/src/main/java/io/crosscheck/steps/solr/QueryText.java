package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.StepContext;
import java.util.Collection;
import java.util.Date;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Renders a Solr query text the way SQL binds parameters: each {@code ${...}} value becomes a literal term
 * (query syntax characters escaped), so {@code traceId:${id}} matches the id whatever it holds. A list becomes
 * {@code (a OR b)}. A text that is exactly one {@code ${...}} is the whole query and is used as it is.
 */
final class QueryText {
    private QueryText() {
    }

    static String render(String template, StepContext ctx) {
        if (template == null) return null;
        String trimmed = template.strip();
        if (trimmed.startsWith("${") && !trimmed.startsWith("$${") && closingBrace(trimmed, 2) == trimmed.length() - 1) {
            return String.valueOf(ctx.render(trimmed));
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (template.startsWith("${", i)) {
                int end = closingBrace(template, i + 2);
                if (end < 0) return ctx.renderText(template); // let the engine report the broken template
                out.append(term(ctx.eval(template.substring(i + 2, end))));
                i = end + 1;
            } else {
                out.append(template.charAt(i++));
            }
        }
        return out.toString();
    }

    static String term(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(QueryText::term).collect(Collectors.joining(" OR ", "(", ")"));
        }
        if (value instanceof Date d) value = d.toInstant();
        return ClientUtils.escapeQueryChars(String.valueOf(value));
    }

    /** Index of the brace closing an expression that starts at {@code from} (nested braces and quotes skipped), or -1. */
    private static int closingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = closingQuote(s, i);
                if (i < 0) return -1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closingQuote(String s, int start) {
        for (int i = start + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++;
            else if (s.charAt(i) == s.charAt(start)) return i;
        }
        return -1;
    }
}
