package io.crosscheck.cli;

import io.crosscheck.engine.InvalidInputException;
import io.crosscheck.engine.spi.step.Problem;
import picocli.CommandLine;

/** Bad input prints {@code file:line:column: message} and exits 2; anything else prints one line (the trace with --debug). */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        if (e instanceof InvalidInputException invalid) {
            printProblems(err, invalid);
            return BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("crosscheck: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof java.io.IOException && !debug(parsed)) {
            // the run is over but its reports could not be written: say which and why, and never exit green
            err.println("crosscheck: " + e.getMessage());
            return INTERNAL;
        }
        err.println("crosscheck: " + e + (debug(parsed) ? "" : "  (run with --debug for the stack trace)"));
        if (debug(parsed)) e.printStackTrace(err);
        return INTERNAL;
    }

    static void printProblems(java.io.PrintWriter err, InvalidInputException invalid) {
        for (Problem p : invalid.problems()) err.println(p.format());
        int n = invalid.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + "; nothing was run.");
        err.flush();
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed;
        while (sub != null) {
            if (sub.hasMatchedOption("--debug")) return true;
            sub = sub.subcommand();
        }
        return false;
    }
}
