package io.crosscheck.engine.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlScript;

/**
 * Finds a variable an expression reads that the scope lacks, before evaluating it. JEXL itself lets
 * {@code size(x)} and {@code empty(x)} treat an undefined {@code x} as null, so {@code size(rowz) == 0} would pass
 * on a typo; a test tool must say "undefined variable 'rowz'" instead. Expressions that ask for leniency with
 * {@code ??}, {@code ?:} or {@code ?.} are left to JEXL.
 */
final class UndefinedNames {
    private final JexlEngine jexl;
    private final ParseCache<Set<String>> roots = new ParseCache<>();
    /** Made once: a lambda capturing the parsed expression would be made at every evaluation. */
    private final BiFunction<String, JexlExpression, Set<String>> readRoots =
            (text, parsed) -> lenient(text) ? Set.of() : variables(text, parsed);

    UndefinedNames(JexlEngine jexl) {
        this.jexl = jexl;
    }

    /**
     * The first name the expression reads that the scope does not have; null when all are there. {@code parsed}: the
     * expression as the engine parsed it, whose variables are read rather than parsing it a second time as a script.
     */
    String first(String expression, JexlExpression parsed, Scope scope) {
        for (String name : roots(expression, parsed)) {
            if (!scope.has(name)) return name;
        }
        return null;
    }

    private Set<String> roots(String expression, JexlExpression parsed) {
        return roots.get(expression, parsed, readRoots);
    }

    private Set<String> variables(String expression, JexlExpression parsed) {
        try {
            JexlScript script = parsed instanceof JexlScript s ? s : jexl.createScript(expression);
            Set<String> names = new LinkedHashSet<>();
            for (List<String> path : script.getVariables()) {
                if (!path.isEmpty()) names.add(path.get(0));
            }
            return names;
        } catch (JexlException | StackOverflowError e) {
            return Set.of(); // the evaluation reports the syntax error or the nesting
        }
    }

    private static boolean lenient(String expression) {
        return expression.contains("??") || expression.contains("?:") || expression.contains("?.");
    }
}
