package vn.cchcdesk;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.cli.CliOutput;
import vn.cchcdesk.cli.Command;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.DataFolder;

/**
 * Entry point: with a subcommand, runs it without a window; otherwise opens the GUI.
 * {@code --data-dir DIR} may stand anywhere and chooses the data folder for both.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new CliOutput(utf8(FileDescriptor.out), utf8(FileDescriptor.err))));
    }

    /** Runs a subcommand, or the GUI until its window closes; returns the exit code. */
    static int run(String[] rawArgs, CliOutput out) {
        ParsedArgs parsed;
        try {
            parsed = ParsedArgs.parse(List.of(rawArgs));
        } catch (AppException e) {
            out.err().println(Messages.get(e.messageKey(), e.args()));
            return Command.USAGE;
        }
        if (parsed.help()) {
            printHelp(out.out());
            return Command.OK;
        }
        Path dataDir = parsed.dataDir().orElseGet(DataFolder::defaultRoot);
        if (parsed.command().isEmpty()) {
            GuiLauncher.launch(dataDir, parsed.startupProbe());
            return Command.OK;
        }
        return runCommand(parsed.command().get(), parsed.rest(), dataDir, out);
    }

    private static int runCommand(String name, List<String> args, Path dataDir, CliOutput out) {
        Optional<CommandSpec> spec = App.commands().stream().filter(c -> c.name().equals(name)).findFirst();
        if (spec.isEmpty()) {
            out.err().println(Messages.get("cli.unknownCommand", name));
            printHelp(out.err());
            return Command.USAGE;
        }
        if (args.contains("--help")) {
            out.out().println(Messages.get("cli." + camel(name) + ".usage"));
            return Command.OK;
        }
        try {
            if (!spec.get().needsData()) {
                return spec.get().factory().apply(null).run(args, out);
            }
            LogSetup.toFolder(DataFolder.prepare(dataDir).logs());
            try (App app = App.open(dataDir)) {
                return spec.get().factory().apply(app).run(args, out);
            }
        } catch (AppException e) {
            LOG.info("Command {} failed: {}", name, e.getMessage(), e);
            out.err().println(Messages.get(e.messageKey(), e.args()));
            return e.messageKey().startsWith("cli.") ? Command.USAGE : Command.FAILED;
        } catch (Exception e) {
            LOG.error("Command {} failed unexpectedly", name, e);
            out.err().println(Messages.get("cli.unexpected", e));
            return Command.FAILED;
        }
    }

    static void printHelp(PrintStream out) {
        out.println(Messages.get("cli.help.header"));
        for (CommandSpec spec : App.commands()) {
            out.printf("  %-18s %s%n", spec.name(), Messages.get(spec.summaryKey()));
        }
        out.println(Messages.get("cli.help.footer"));
    }

    /** "import-activities" → "importActivities", the key segment of a command's messages. */
    static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    /** The global options taken out of the arguments, and what remains for the subcommand. */
    record ParsedArgs(Optional<Path> dataDir, boolean help, boolean startupProbe, Optional<String> command, List<String> rest) {

        static ParsedArgs parse(List<String> args) {
            Path dataDir = null;
            boolean help = false;
            boolean probe = false;
            String command = null;
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--data-dir")) {
                    if (i + 1 >= args.size()) {
                        throw new AppException("cli.missingValue", arg);
                    }
                    dataDir = Path.of(args.get(++i));
                } else if (arg.startsWith("--data-dir=")) {
                    dataDir = Path.of(arg.substring("--data-dir=".length()));
                } else if (command == null && (arg.equals("--help") || arg.equals("-h"))) {
                    help = true;
                } else if (command == null && arg.equals("--startup-probe")) {
                    probe = true;
                } else if (command == null && !arg.startsWith("-")) {
                    command = arg;
                } else if (command == null) {
                    throw new AppException("cli.unknownOption", arg);
                } else {
                    rest.add(arg);
                }
            }
            return new ParsedArgs(Optional.ofNullable(dataDir), help, probe, Optional.ofNullable(command), rest);
        }
    }
}
