package io.crosscheck.engine.expr;

/** An expression or template that cannot be parsed or evaluated; the message is meant for the scenario's author. */
public class ExpressionException extends RuntimeException {

    public ExpressionException(String message) {
        super(message);
    }

    public ExpressionException(String message, Throwable cause) {
        super(message, cause);
    }
}
