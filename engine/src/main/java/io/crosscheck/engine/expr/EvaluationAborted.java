package io.crosscheck.engine.expr;

/**
 * An evaluation that could not finish for reasons outside the expression's logic: the stack or memory ran out,
 * or the step's time was up. Never a failed check: the step that met it is an ERROR.
 */
public final class EvaluationAborted extends ExpressionException {
    public EvaluationAborted(String message, Throwable cause) {
        super(message, cause);
    }
}
