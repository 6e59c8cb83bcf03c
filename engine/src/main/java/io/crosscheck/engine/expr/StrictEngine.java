package io.crosscheck.engine.expr;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlOptions;
import org.apache.commons.jexl3.internal.Engine;
import org.apache.commons.jexl3.internal.Frame;
import org.apache.commons.jexl3.internal.Interpreter;
import org.apache.commons.jexl3.parser.ASTEmptyFunction;
import org.apache.commons.jexl3.parser.ASTJexlScript;
import org.apache.commons.jexl3.parser.ASTSizeFunction;

/**
 * JEXL's engine with {@code size(x)} and {@code empty(x)} as strict as the rest: JEXL's interpreter turns any
 * error while evaluating {@code x} into 0 or true, so {@code size(wehre(xs, ...)) == 0} or
 * {@code empty(body.itemz)} would pass on a typo. Here the error propagates like everywhere else. JEXL creates
 * every interpreter (lambdas included) through {@link #createInterpreter}, its documented extension point.
 */
final class StrictEngine extends Engine {

    StrictEngine(JexlBuilder builder) {
        super(builder);
    }

    /** The syntax tree of an expression, for the checks of {@link StaticChecks}; throws JEXL's parse errors. */
    ASTJexlScript tree(String expression) {
        return parse(new JexlInfo("expression", 1, 1), true, expression, null);
    }

    @Override
    protected Interpreter createInterpreter(JexlContext context, Frame frame, JexlOptions options) {
        return new StrictInterpreter(this, options, context, frame);
    }

    private static final class StrictInterpreter extends Interpreter {
        StrictInterpreter(Engine engine, JexlOptions options, JexlContext context, Frame frame) {
            super(engine, options, context, frame);
        }

        @Override
        protected Object visit(ASTSizeFunction node, Object data) {
            return operators.size(node, node.jjtGetChild(0).jjtAccept(this, data));
        }

        @Override
        protected Object visit(ASTEmptyFunction node, Object data) {
            return operators.empty(node, node.jjtGetChild(0).jjtAccept(this, data));
        }
    }
}
