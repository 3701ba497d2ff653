package vn.cchcdesk;

import java.util.function.Function;
import vn.cchcdesk.cli.Command;

/**
 * A subcommand as the composition root knows it: its name, the key of its one-line summary for
 * --help, whether it needs the data folder opened, and how to build it from the opened app
 * (null for commands that work on files only).
 */
record CommandSpec(String name, String summaryKey, boolean needsData, Function<App, Command> factory) {
}
