package io.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * What the console may do: colour, and a live progress line redrawn in place. {@code NO_COLOR} (non-empty) turns
 * colour off whatever else is set; {@code FORCE_COLOR} or {@code CLICOLOR_FORCE} (not {@code 0}) turn it on for CI
 * logs; otherwise colour and the live line follow whether standard output is a terminal. picocli's
 * {@link Ansi#AUTO} asks {@code System.console()}, which on Java 17 is null as soon as standard input is
 * redirected ({@code < /dev/null}), so standard output's own file is asked as well.
 */
record Terminal(boolean color, boolean live) {

    static Terminal detect(Map<String, String> env) {
        return of(env, Ansi.AUTO.enabled() || stdoutIsTerminal());
    }

    static Terminal of(Map<String, String> env, boolean stdoutTerminal) {
        boolean off = !env.getOrDefault("NO_COLOR", "").isEmpty();
        boolean forced = on(env.get("FORCE_COLOR")) || on(env.get("CLICOLOR_FORCE"));
        return new Terminal(!off && (forced || stdoutTerminal), stdoutTerminal);
    }

    private static boolean on(String value) {
        return value != null && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    private static boolean stdoutIsTerminal() {
        if (System.console() != null) return true;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
