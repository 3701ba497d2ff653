package vn.cchcdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.Problem;
import vn.cchcdesk.domain.ValidationException;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.store.DataFolder;
import vn.cchcdesk.store.demo.DemoData;
import vn.cchcdesk.store.demo.DemoResult;
import vn.cchcdesk.store.demo.DemoSpec;

/**
 * {@code demo-data [--activities N] [--documents N] [--tasks N] [--years N] [--seed N]}: fills a
 * new data folder with demo data, then closes it compacted and prints what it wrote, the time it
 * took ({@code demo-data-ms: N} for scripts) and the size of the database file.
 */
public final class DemoDataCommand implements Command {

    static final int DEFAULT_ACTIVITIES = 10_000;
    static final int DEFAULT_DOCUMENTS = 500;
    static final int DEFAULT_TASKS = 200;
    static final int DEFAULT_YEARS = 3;
    static final int DEFAULT_SEED = 1;

    private final DemoData demo;
    private final DataFolder folder;
    private final Runnable closeCompacted;

    /** @param closeCompacted closes the data folder, compacting its database (the run's last step) */
    public DemoDataCommand(DemoData demo, DataFolder folder, Runnable closeCompacted) {
        this.demo = demo;
        this.folder = folder;
        this.closeCompacted = closeCompacted;
    }

    @Override
    public int run(List<String> args, CliOutput out) throws IOException {
        Args parsed = Args.parse(args, Set.of("--activities", "--documents", "--tasks", "--years", "--seed"), Set.of());
        if (!parsed.positional().isEmpty()) {
            throw new AppException("cli.unknownOption", parsed.positional().get(0));
        }
        DemoSpec spec = new DemoSpec(parsed.intOption("--activities", DEFAULT_ACTIVITIES),
                parsed.intOption("--documents", DEFAULT_DOCUMENTS), parsed.intOption("--tasks", DEFAULT_TASKS),
                parsed.intOption("--years", DEFAULT_YEARS), parsed.intOption("--seed", DEFAULT_SEED));
        List<Problem> problems = spec.validate();
        if (!problems.isEmpty()) {
            for (Problem p : problems) {
                out.err().println("--" + p.field() + ": " + Messages.get(p.messageKey(), p.args().toArray()));
            }
            return USAGE;
        }
        if (!demo.isEmpty()) {
            throw new AppException("data.demo.notEmpty");
        }
        out.err().println(Messages.get("cli.demoData.started", folder.root()));
        DemoResult result;
        try {
            result = demo.generate(spec);
        } catch (ValidationException e) {
            throw new IllegalStateException("Demo data broke a rule: " + e.problems(), e);
        }
        long compactStart = System.nanoTime();
        closeCompacted.run();
        long compactMs = (System.nanoTime() - compactStart) / 1_000_000;
        long generateMs = result.elapsed().toMillis();
        out.out().println(Messages.get("cli.demoData.done", Formats.integer(result.documents()), Formats.integer(result.tasks()),
                Formats.integer(result.planTargets()), Formats.integer(result.activities()), result.visitMonths(),
                Formats.date(result.from()), Formats.date(result.to()), result.seed()));
        out.out().println(Messages.get("cli.demoData.time", Formats.decimal(generateMs / 1000.0, 1),
                Formats.decimal(compactMs / 1000.0, 1), Formats.decimal(Files.size(folder.databaseFile()) / 1_048_576.0, 1)));
        out.out().println("demo-data-ms: " + (generateMs + compactMs));
        return OK;
    }
}
