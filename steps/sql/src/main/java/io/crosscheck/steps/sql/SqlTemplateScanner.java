package io.crosscheck.steps.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an SQL template the way the database will, to find each {@code ${...}} that sits where a bind parameter
 * cannot: inside a quoted string literal ({@code '...'}, {@code E'...'}, {@code $$...$$}), a quoted identifier
 * ({@code "..."}, {@code `...`}) or a comment. {@code $${} is a literal {@code ${}, as everywhere in templates.
 */
final class SqlTemplateScanner {

    enum Where { STRING_LITERAL, QUOTED_IDENTIFIER, COMMENT }

    /**
     * A placeholder in the wrong place: {@code offset} of its {@code $}, its source {@code ${...}}, and whether it
     * is the whole content of a string literal ({@code '${x}'}).
     */
    record Misplaced(int offset, String placeholder, Where where, boolean wholeLiteral) {
    }

    private final String sql;
    private final List<Misplaced> found = new ArrayList<>();

    private SqlTemplateScanner(String sql) {
        this.sql = sql;
    }

    static List<Misplaced> misplaced(String sql) {
        SqlTemplateScanner s = new SqlTemplateScanner(sql);
        s.scan();
        return List.copyOf(s.found);
    }

    /** The statement's first keyword in upper case (comments and parentheses skipped), or "" when there is none. */
    static String firstKeyword(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                int start = i;
                while (i < n && Character.isLetter(sql.charAt(i))) i++;
                return sql.substring(start, i).toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    private void scan() {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (sql.startsWith("$${", i)) {
                i += 3;
            } else if (sql.startsWith("${", i)) {
                i = skipExpression(i);
            } else if (c == '\'') {
                i = quoted(i, '\'', Where.STRING_LITERAL, backslashEscapes(i));
            } else if (c == '"' || c == '`') {
                i = quoted(i, c, Where.QUOTED_IDENTIFIER, false);
            } else if (sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = inside(i + 2, eol < 0 ? n : eol, Where.COMMENT);
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = inside(i + 2, end < 0 ? n : end, Where.COMMENT) + 2;
            } else if (c == '$' && dollarTag(i) != null) {
                String tag = dollarTag(i);
                int end = sql.indexOf(tag, i + tag.length());
                i = inside(i + tag.length(), end < 0 ? n : end, Where.STRING_LITERAL) + tag.length();
            } else {
                i++;
            }
        }
    }

    /** Scans a quoted run from the quote at {@code start}; returns the index after its closing quote. */
    private int quoted(int start, char quote, Where where, boolean backslashEscapes) {
        int n = sql.length();
        int j = start + 1;
        while (j < n) {
            char c = sql.charAt(j);
            if (sql.startsWith("$${", j)) {
                j += 3;
            } else if (sql.startsWith("${", j)) {
                int end = skipExpression(j);
                boolean whole = j == start + 1 && end < n && sql.charAt(end) == quote
                        && (end + 1 >= n || sql.charAt(end + 1) != quote);
                found.add(new Misplaced(j, sql.substring(j, end), where, whole));
                j = end;
            } else if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < n && sql.charAt(j + 1) == quote) j += 2;
                else return j + 1;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Records every placeholder between {@code from} and {@code to} (a comment or dollar-quoted body). */
    private int inside(int from, int to, Where where) {
        int j = from;
        while (j < to) {
            if (sql.startsWith("$${", j)) {
                j += 3;
            } else if (sql.startsWith("${", j)) {
                int end = skipExpression(j);
                found.add(new Misplaced(j, sql.substring(j, Math.min(end, sql.length())), where, false));
                j = end;
            } else {
                j++;
            }
        }
        return to;
    }

    /** The index after the brace that closes the expression starting with {@code ${} at {@code start}. */
    private int skipExpression(int start) {
        int depth = 0;
        int n = sql.length();
        for (int j = start + 1; j < n; j++) {
            char c = sql.charAt(j);
            if (c == '\'' || c == '"' || c == '`') {
                j = closingQuote(j);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j + 1;
            }
        }
        return n;
    }

    private int closingQuote(int start) {
        char quote = sql.charAt(start);
        for (int j = start + 1; j < sql.length(); j++) {
            char c = sql.charAt(j);
            if (c == '\\') j++;
            else if (c == quote) return j;
        }
        return sql.length();
    }

    /** PostgreSQL's E'...' strings treat a backslash as an escape. */
    private boolean backslashEscapes(int quote) {
        if (quote == 0) return false;
        char prev = sql.charAt(quote - 1);
        return (prev == 'E' || prev == 'e') && (quote < 2 || !isIdentifierPart(sql.charAt(quote - 2)));
    }

    /** The PostgreSQL dollar-quote tag ({@code $$} or {@code $name$}) starting at {@code i}, or null. */
    private String dollarTag(int i) {
        if (i > 0 && isIdentifierPart(sql.charAt(i - 1))) return null;
        int j = i + 1;
        while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_'
                || (j > i + 1 && Character.isDigit(sql.charAt(j))))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
