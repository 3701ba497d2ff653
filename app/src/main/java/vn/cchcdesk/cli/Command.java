package vn.cchcdesk.cli;

import java.util.List;

/**
 * A command-line subcommand ({@code java -jar cchc-desk.jar <name> ...}). Constructed by the
 * composition root with the services it needs; prints to the given streams and returns the exit
 * code: 0 success, 1 the work failed (bad input, bad file), 2 wrong usage.
 */
public interface Command {

    int OK = 0;
    int FAILED = 1;
    int USAGE = 2;

    /** @param args the arguments after the subcommand's name, global options already removed */
    int run(List<String> args, CliOutput out) throws Exception;
}
