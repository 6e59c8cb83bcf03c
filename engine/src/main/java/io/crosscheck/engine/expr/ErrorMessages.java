package io.crosscheck.engine.expr;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;

/** Turns JEXL's exceptions into short messages for a scenario's author, with "did you mean" where it helps. */
final class ErrorMessages {

    private ErrorMessages() {
    }

    /** A parse failure: the column and what is wrong, or which sandboxed feature was used. */
    static String syntax(JexlException e) {
        String detail = detail(e);
        if (e instanceof JexlException.Feature) return forbidden(detail) + column(e);
        if (e instanceof JexlException.Parsing || e instanceof JexlException.Tokenization) {
            return "syntax error" + column(e) + near(e);
        }
        return detail + column(e);
    }

    /** An evaluation failure of {@code expression} in {@code scope}. */
    static ExpressionException evaluation(String expression, Throwable t, Scope scope, JexlEngine jexl) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EvaluationAborted ea) return new EvaluationAborted(ea.getMessage() + in(expression), t);
            if (c instanceof ExpressionException ee) return new ExpressionException(ee.getMessage() + in(expression), t);
        }
        if (t instanceof StackOverflowError || t instanceof JexlException.StackOverflow) {
            return new EvaluationAborted("expression nests too deep: stack overflow (endless recursion, or a regex over a long text?)"
                    + in(expression), t);
        }
        if (t instanceof JexlException.Cancel) return new EvaluationAborted("evaluation interrupted" + in(expression), t);
        if (!(t instanceof JexlException e)) return new ExpressionException(t + in(expression), t);
        String undefined = undefinedRoot(expression, scope, jexl);
        if (undefined != null && (e instanceof JexlException.Variable || e instanceof JexlException.Property)) {
            return new ExpressionException(undefinedVariable(undefined, scope) + in(expression), t);
        }
        return new ExpressionException(describe(e) + in(expression), t);
    }

    private static String describe(JexlException e) {
        String detail = detail(e);
        if (e instanceof JexlException.Method) {
            String name = e.getDetail() == null ? "" : e.getDetail().replaceAll("\\(.*", "");
            if (Functions.NAMES.contains(name)) {
                return name + "() does not take (" + argumentTypes(e.getDetail()) + ")" + column(e);
            }
            String hint = Suggestions.hint(name, Functions.NAMES);
            return "unknown function or method '" + e.getDetail() + "'" + (hint.isEmpty() ? "" : " (" + hint + ")")
                    + " or it is not allowed in expressions" + column(e);
        }
        if (detail.startsWith("null value property") || detail.startsWith("undefined property")) {
            String property = unquote(e.getDetail());
            if (property.matches("-?\\d+")) return "index " + property + " is out of range" + column(e);
            // JEXL names a null antecedent as '.name' and an absent key or field as 'name'
            boolean antecedentIsNull = e.getDetail() != null && e.getDetail().startsWith(".");
            if (antecedentIsNull || detail.startsWith("null value")) return "'" + property + "' is null" + column(e);
            return "undefined field '" + property + "'" + column(e);
        }
        return detail + column(e);
    }

    /** {@code sum(List12, String, Byte)} → {@code list, text, number}. */
    private static String argumentTypes(String call) {
        int open = call.indexOf('(');
        if (open < 0 || !call.endsWith(")")) return "";
        List<String> types = new java.util.ArrayList<>();
        for (String t : call.substring(open + 1, call.length() - 1).split(",")) {
            String type = t.trim();
            if (type.isEmpty()) continue;
            if (type.contains("List") || type.contains("[]") || type.contains("Range") || type.contains("Set")) types.add("list");
            else if (type.contains("Map")) types.add("map");
            else if (type.equals("String")) types.add("text");
            else if (type.equals("Boolean")) types.add("boolean");
            else if (type.equals("Closure")) types.add("lambda");
            else if (type.matches("Byte|Short|Integer|Long|Float|Double|BigDecimal|BigInteger")) types.add("number");
            else if (type.equals("Object")) types.add("null");
            else types.add(type);
        }
        return String.join(", ", types);
    }

    static String undefinedVariable(String name, Scope scope) {
        String hint = Suggestions.hint(name, scope.flatten().keySet());
        return "undefined variable '" + name + "'" + (hint.isEmpty() ? "" : " (" + hint + ")");
    }

    /** The first variable the expression reads that the scope does not have. */
    private static String undefinedRoot(String expression, Scope scope, JexlEngine jexl) {
        try {
            Set<List<String>> variables = jexl.createScript(expression).getVariables();
            Set<String> roots = new TreeSet<>();
            for (List<String> path : variables) {
                if (!path.isEmpty() && !scope.has(path.get(0))) roots.add(path.get(0));
            }
            return roots.isEmpty() ? null : roots.iterator().next();
        } catch (JexlException | StackOverflowError e) {
            return null;
        }
    }

    private static String forbidden(String detail) {
        if (detail.contains("create instance")) return "new(...) is not allowed in expressions";
        if (detail.contains("loop")) return "loops are not allowed in expressions";
        if (detail.contains("assign")) return "assignments are not allowed in expressions; use save: to keep a value";
        if (detail.contains("pragma")) return "pragmas are not allowed in expressions";
        if (detail.contains("annotation")) return "annotations are not allowed in expressions";
        return "not allowed in expressions: " + detail;
    }

    /** The message without JEXL's location prefix ({@code expression@1:5 }). */
    private static String detail(JexlException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.replaceFirst("^\\S*@\\d+:\\d+\\S*\\s+", "").replaceFirst("^JEXL error : ", "").trim();
    }

    private static String column(JexlException e) {
        return e.getInfo() == null || e.getInfo().getColumn() <= 0 ? "" : " at column " + e.getInfo().getColumn();
    }

    private static String near(JexlException e) {
        String d = e.getDetail();
        return d == null || d.isBlank() ? "" : " near '" + d + "'";
    }

    private static String unquote(String s) {
        if (s == null) return "";
        String p = s.startsWith(".") ? s.substring(1) : s;
        if (p.startsWith("[") && p.endsWith("]")) p = p.substring(1, p.length() - 1);
        if (p.length() > 1 && (p.startsWith("'") && p.endsWith("'") || p.startsWith("\"") && p.endsWith("\""))) {
            p = p.substring(1, p.length() - 1);
        }
        return p;
    }

    private static String in(String expression) {
        // a message quotes a long expression by its start only
        return " (in: " + (expression.length() > 200 ? expression.substring(0, 200) + "…" : expression) + ")";
    }
}
