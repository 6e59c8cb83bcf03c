package io.crosscheck.reporters;

/** ANSI SGR colors, or plain text when disabled (NO_COLOR, output not a terminal). */
final class Ansi {

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    String green(String s) { return wrap("32", s); }

    String greenBold(String s) { return wrap("1;32", s); }

    String red(String s) { return wrap("31", s); }

    String redBold(String s) { return wrap("1;31", s); }

    String yellow(String s) { return wrap("33", s); }

    String yellowBold(String s) { return wrap("1;33", s); }

    String cyan(String s) { return wrap("36", s); }

    String dim(String s) { return wrap("2", s); }

    String bold(String s) { return wrap("1", s); }

    private String wrap(String code, String s) {
        return enabled ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
    }
}
