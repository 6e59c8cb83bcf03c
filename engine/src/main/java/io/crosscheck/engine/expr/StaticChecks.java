package io.crosscheck.engine.expr;

import java.util.Optional;
import java.util.Set;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.parser.ASTArguments;
import org.apache.commons.jexl3.parser.ASTFunctionNode;
import org.apache.commons.jexl3.parser.ASTIdentifier;
import org.apache.commons.jexl3.parser.ASTJexlScript;
import org.apache.commons.jexl3.parser.ASTNamespaceIdentifier;
import org.apache.commons.jexl3.parser.ASTStringLiteral;
import org.apache.commons.jexl3.parser.JexlNode;

/**
 * What {@code validate} can tell about an expression without a scope: nesting too deep to parse safely, a call
 * of a function that does not exist ({@code wehre(...)}), and {@code secret()} without a name. Every one of these
 * would otherwise surface only when the step runs.
 */
final class StaticChecks {
    /** Deeper nesting of brackets than any real expression needs; JEXL's recursive parser would overflow the stack. */
    static final int MAX_NESTING = 64;

    private StaticChecks() {
    }

    /** The column where brackets nest deeper than {@link #MAX_NESTING}, outside string literals; empty when they don't. */
    static Optional<String> nesting(String expression) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return Optional.of("expression nested too deeply (more than " + MAX_NESTING + " levels) at column " + (i + 1));
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return Optional.empty();
    }

    /** The first call of an unknown function, or of {@code secret} without a name, in the parsed expression. */
    static Optional<String> calls(ASTJexlScript tree, Set<String> functions) {
        return first(tree, functions);
    }

    private static Optional<String> first(JexlNode node, Set<String> functions) {
        if (node instanceof ASTFunctionNode call) {
            Optional<String> problem = call(call, functions);
            if (problem.isPresent()) return problem;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            Optional<String> problem = first(node.jjtGetChild(i), functions);
            if (problem.isPresent()) return problem;
        }
        return Optional.empty();
    }

    private static Optional<String> call(ASTFunctionNode call, Set<String> functions) {
        if (!(call.jjtGetChild(0) instanceof ASTIdentifier id)) return Optional.empty();
        if (id instanceof ASTNamespaceIdentifier ns && ns.getNamespace() != null) {
            String full = ns.getNamespace() + ":" + ns.getName();
            return Optional.of("unknown function '" + full + "' (functions have no prefix)" + column(call, full));
        }
        if (id.getSymbol() >= 0) return Optional.empty(); // a lambda's parameter or local, called as a function
        String name = id.getName();
        if (!functions.contains(name)) {
            String hint = Suggestions.hint(name, functions);
            return Optional.of("unknown function '" + name + "'" + (hint.isEmpty() ? "" : " (" + hint + ")") + column(call, name));
        }
        if (name.equals("secret") && !hasName(call)) {
            return Optional.of("secret() needs the name of an environment variable, e.g. secret('PG_PASSWORD')" + column(call, name));
        }
        return Optional.empty();
    }

    /** secret('') and secret() have no name; a computed name is checked when it runs. */
    private static boolean hasName(ASTFunctionNode call) {
        if (call.jjtGetNumChildren() < 2 || !(call.jjtGetChild(1) instanceof ASTArguments args)) return false;
        if (args.jjtGetNumChildren() == 0) return false;
        return !(args.jjtGetChild(0) instanceof ASTStringLiteral s) || !s.getLiteral().isBlank();
    }

    /** The column where the call's name starts: JEXL places a call just after its name. */
    private static String column(JexlNode call, String name) {
        JexlInfo info = call.jexlInfo();
        if (info == null || info.getColumn() <= 0) return "";
        return " at column " + Math.max(1, info.getColumn() - name.length());
    }
}
