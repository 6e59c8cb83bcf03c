package io.crosscheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one CLI command run in this JVM (through {@link Main#execute}) returned and printed. */
record Outcome(int code, String out, String err) {

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }
}
