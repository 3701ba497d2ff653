package vn.cchcdesk.cli;

import java.io.PrintStream;

/** Where a command writes: results to out, messages for the person at the keyboard to err. */
public record CliOutput(PrintStream out, PrintStream err) {

    public static CliOutput system() {
        return new CliOutput(System.out, System.err);
    }
}
