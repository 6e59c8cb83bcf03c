package io.crosscheck.engine.expr;

import io.crosscheck.engine.spi.step.BoundTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlInfo;

/**
 * Expressions, {@code ${...}} templates and path reads of a run, through the JVM's one sandboxed JEXL engine and one
 * JSONPath configuration (shared by runs: nothing of a run is kept there but parsed expressions and what was learnt
 * about classes). Thread-safe; each evaluation reads a thread-confined {@link Scope}.
 */
public final class ExpressionEngine {
    /** What {@link #read} returns when the path does not exist (a present null is {@code null}). */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    /** A parse that overflowed the stack: nesting of something other than brackets, e.g. thousands of {@code !}. */
    private static final String TOO_DEEP = "expression nested too deeply to parse";
    /** JEXL's reserved words: {@code ${null}} or {@code ${size}} is no variable read (the tokens of JEXL 3.5's parser). */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "gt", "ge", "lt", "le", "div", "mod",
            "if", "else", "do", "while", "for", "break", "continue", "function", "return", "new", "size", "empty", "var",
            "let", "const", "null", "true", "false", "NaN", "throw", "try", "catch", "finally", "instanceof");

    private final Secrets secrets;
    private final StrictEngine jexl = Sandbox.shared();
    private final PathReader paths = new PathReader();
    private final UndefinedNames undefined = new UndefinedNames(jexl);
    /** Made once: a lambda capturing the path would be made at every read. */
    private final BiFunction<String, Scope, Object> evaluateInScope = this::evaluate;

    public ExpressionEngine(Secrets secrets) {
        this.secrets = secrets;
    }

    /**
     * Builds the shared engine and its first interpreter (see {@link Sandbox#shared}), for a launcher to do while it
     * starts; what is built here is what the run's expressions then use.
     */
    public static void warmUp() {
        new ExpressionEngine(new Secrets(Map.of())).evaluate("size([1]) + 1 == 2", Scope.root(Map.of()));
    }

    /** The run's secrets, for masking what is printed and reported. */
    public Secrets secrets() {
        return secrets;
    }

    /** Evaluates a JEXL expression over the scope. */
    public Object evaluate(String expression, Scope scope) {
        // the commonest template, a variable the scope has, is its value as JEXL would read it: no parse, no interpreter
        String name = bareName(expression);
        if (name != null && scope.has(name)) return scope.get(name);
        Integer literal = smallInteger(expression);
        if (literal != null) return literal;
        JexlExpression parsed = parse(expression);
        String missing = undefined.first(expression, parsed, scope);
        if (missing != null) {
            throw new ExpressionException(ErrorMessages.undefinedVariable(missing, scope) + " (in: " + expression.trim() + ")");
        }
        try {
            return parsed.evaluate(new ScopeContext(scope, secrets));
        } catch (JexlException | ExpressionException | StackOverflowError e) {
            throw ErrorMessages.evaluation(expression.trim(), e, scope, jexl);
        }
    }

    /** The syntax problem of an expression (or its use of a forbidden feature), without evaluating it. */
    public Optional<String> syntaxError(String expression) {
        if (expression == null || expression.isBlank()) return Optional.of("empty expression");
        Optional<String> nesting = StaticChecks.nesting(expression);
        if (nesting.isPresent()) return nesting;
        try {
            jexl.createExpression(new JexlInfo("expression", 1, 1), expression);
            return StaticChecks.calls(jexl.tree(expression), Functions.NAMES);
        } catch (JexlException e) {
            return Optional.of(ErrorMessages.syntax(e));
        } catch (StackOverflowError e) {
            return Optional.of(TOO_DEEP);
        }
    }

    /** The first problem among the {@code ${...}} parts of a template: unclosed, or a bad expression. */
    public Optional<String> templateError(String template) {
        if (template == null) return Optional.empty();
        try {
            for (TemplateScanner.Part part : TemplateScanner.scan(template)) {
                if (!part.expression()) continue;
                Optional<String> error = syntaxError(part.text());
                if (error.isPresent()) return Optional.of("in ${" + shortened(part.text()) + "}: " + error.get());
            }
            return Optional.empty();
        } catch (ExpressionException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Renders templates deeply through maps and lists. A string that is exactly one {@code ${expr}} becomes the
     * value itself (number, map, list...); other strings are joined as text. Map keys are rendered as text.
     */
    public Object render(Object template, Scope scope) {
        if (template instanceof String s) return renderString(s, scope);
        if (template instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k instanceof String s ? renderText(s, scope) : k, render(v, scope)));
            return out;
        }
        if (template instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) out.add(render(item, scope));
            return out;
        }
        return template;
    }

    /** Whether {@link #render} of the value reads the scope: a text with {@code ${...}}, or a map or list. */
    public static boolean readsScope(Object template) {
        return template instanceof String s ? TemplateScanner.hasExpression(s) : template instanceof Map || template instanceof List;
    }

    /** Renders a template to text: values as text, maps and lists as JSON, null as {@code null}. */
    public String renderText(String template, Scope scope) {
        if (template == null) return null;
        if (!TemplateScanner.hasExpression(template)) return template;
        StringBuilder sb = new StringBuilder();
        for (TemplateScanner.Part part : TemplateScanner.scan(template)) {
            sb.append(part.expression() ? Values.text(evaluate(part.text(), scope)) : part.text());
        }
        return sb.toString();
    }

    /** A query text with each {@code ${...}} replaced by {@code ?} and its value collected, in order: never spliced. */
    public BoundTemplate bind(String template, Scope scope) {
        StringBuilder sb = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (TemplateScanner.Part part : TemplateScanner.scan(template)) {
            if (part.expression()) {
                sb.append('?');
                values.add(evaluate(part.text(), scope));
            } else {
                sb.append(part.text());
            }
        }
        return new BoundTemplate(sb.toString(), values);
    }

    /**
     * Reads {@code path} over {@code root}: JSONPath when it starts with {@code $}; else a path or expression whose
     * innermost variables are root's entries (and root itself as {@code result}). {@link #MISSING} when absent.
     */
    public Object read(String path, Object root, Scope scope) {
        return paths.read(path, root, scope, evaluateInScope);
    }

    /** A scope whose innermost layer is the result's entries and the result itself as {@code result}. */
    public Scope withResult(Object result, Scope scope) {
        return scope.child(PathReader.layer(result));
    }

    /** For a failing assertion: the value of each operand, e.g. {@code customer.is_active was true, 3 was 3}. */
    public String explain(String expression, Scope scope) {
        return secrets.mask(Explainer.explain(expression, operand -> {
            try {
                return "was " + Values.format(evaluate(operand, scope));
            } catch (ExpressionException e) {
                return "failed: " + e.getMessage().replace(" (in: " + operand + ")", "");
            }
        }));
    }

    private Object renderString(String template, Scope scope) {
        if (!TemplateScanner.hasExpression(template)) return template;
        List<TemplateScanner.Part> parts = TemplateScanner.scan(template);
        if (parts.size() == 1 && parts.get(0).expression()) return evaluate(parts.get(0).text(), scope);
        return renderText(template, scope);
    }

    /**
     * The variable an expression that is only a variable's name reads ({@code customerId}, blanks around it allowed;
     * ASCII letters, digits and {@code _}, not starting with a digit), else null. Asked at every evaluation, so
     * without a regex and its matcher.
     */
    private static String bareName(String expression) {
        if (expression == null) return null;
        String name = expression.strip();
        if (name.isEmpty() || name.charAt(0) >= '0' && name.charAt(0) <= '9') return null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) return null;
        }
        return RESERVED.contains(name) ? null : name;
    }

    /**
     * A whole number of up to nine digits, {@code ${7}}: the {@code Integer} JEXL's literal would be (a leading zero
     * makes an octal literal, left to JEXL).
     */
    private static Integer smallInteger(String expression) {
        String digits = expression.strip();
        if (digits.isEmpty() || digits.length() > 9 || digits.length() > 1 && digits.charAt(0) == '0') return null;
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') return null;
        }
        return Integer.valueOf(digits);
    }

    private static String shortened(String expression) {
        return expression.length() > 60 ? expression.substring(0, 60) + "…" : expression;
    }

    private JexlExpression parse(String expression) {
        if (expression == null || expression.isBlank()) throw new ExpressionException("empty expression");
        StaticChecks.nesting(expression).ifPresent(p -> {
            throw new ExpressionException(p);
        });
        try {
            return jexl.createExpression(new JexlInfo("expression", 1, 1), expression);
        } catch (JexlException e) {
            throw new ExpressionException(ErrorMessages.syntax(e) + " (in: " + expression.trim() + ")", e);
        } catch (StackOverflowError e) {
            throw new ExpressionException(TOO_DEEP);
        }
    }
}
