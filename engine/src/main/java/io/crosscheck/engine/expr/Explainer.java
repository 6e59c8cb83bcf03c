package io.crosscheck.engine.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Explains a failed assertion by the values of its operands: {@code customer.is_active == false} gives
 * {@code customer.is_active was true, false was false}. Splits at top-level logical and comparison operators,
 * outside brackets and strings, and descends into parenthesised groups.
 */
final class Explainer {
    private static final String[] OPERATORS = {"&&", "||", "==", "!=", "<=", ">=", "=~", "!~", "=^", "!^", "=$", "!$", "<", ">"};
    private static final String[] WORD_OPERATORS = {"and", "or", "eq", "ne", "lt", "le", "gt", "ge"};

    private Explainer() {
    }

    static String explain(String expression, Function<String, String> valueOf) {
        Set<String> operands = new LinkedHashSet<>();
        collect(expression.trim(), operands);
        List<String> lines = new ArrayList<>();
        for (String operand : operands) lines.add(operand + " " + valueOf.apply(operand));
        return String.join(", ", lines);
    }

    private static void collect(String expression, Set<String> operands) {
        List<String> parts = split(expression);
        if (parts.size() == 1) {
            String only = parts.get(0);
            if (only.startsWith("!") && !only.startsWith("!=")) only = only.substring(1).trim();
            if (isGroup(only)) {
                collect(only.substring(1, only.length() - 1).trim(), operands);
            } else if (!only.isEmpty()) {
                operands.add(only);
            }
            return;
        }
        for (String part : parts) collect(part, operands);
    }

    /** The operands of the expression's top-level binary operators (the expression itself when there are none). */
    static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipString(s, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0) {
                int len = operatorAt(s, i);
                if (len > 0) {
                    parts.add(s.substring(start, i).trim());
                    i += len - 1;
                    start = i + 1;
                }
            }
        }
        parts.add(s.substring(start).trim());
        parts.removeIf(String::isEmpty);
        return parts.isEmpty() ? List.of(s) : parts;
    }

    private static int operatorAt(String s, int i) {
        if (s.startsWith("->", i) || i > 0 && s.startsWith("->", i - 1)) return 0; // a lambda's arrow
        for (String op : OPERATORS) {
            if (s.startsWith(op, i)) return op.length();
        }
        for (String word : WORD_OPERATORS) {
            if (s.startsWith(word, i) && boundary(s, i - 1) && boundary(s, i + word.length())) return word.length();
        }
        return 0;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || Character.isWhitespace(s.charAt(i));
    }

    private static int skipString(String s, int start) {
        char quote = s.charAt(start);
        for (int i = start + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++;
            else if (s.charAt(i) == quote) return i;
        }
        return s.length();
    }

    private static boolean isGroup(String s) {
        if (!s.startsWith("(") || !s.endsWith(")")) return false;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`') i = skipString(s, i);
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0 && i < s.length() - 1) return false;
        }
        return true;
    }
}
