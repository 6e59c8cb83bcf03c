package io.crosscheck.engine.expr;

import java.util.regex.Pattern;

/**
 * Regex search that gives up when its thread is interrupted. A backtracking pattern over a long text can take
 * longer than the universe is old; the step's deadline interrupts the thread running the step, and this is how
 * the match notices, so no check outlives its step.
 */
public final class Regex {
    private Regex() {
    }

    /** Whether {@code pattern} occurs anywhere in {@code text}. */
    public static boolean find(Pattern pattern, CharSequence text) {
        return pattern.matcher(new Interruptible(text)).find();
    }

    /** Whether {@code pattern} matches the whole of {@code text}. */
    public static boolean matches(Pattern pattern, CharSequence text) {
        return pattern.matcher(new Interruptible(text)).matches();
    }

    /** Checks the interrupt flag every few thousand reads: the matcher reads characters in every backtracking step. */
    private static final class Interruptible implements CharSequence {
        private final CharSequence text;
        private int reads;

        Interruptible(CharSequence text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new EvaluationAborted("regex stopped: the step's time is up", null);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Interruptible(text.subSequence(start, end));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
