package vn.cchcdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.intake.DirectiveIntake;
import vn.cchcdesk.intake.ExtractionJson;

/**
 * {@code extract FILE... [--pretty]}: prints for each directive file the JSON object of
 * EXTRACTION.md, one per line (with --pretty, one indented JSON array). A file that cannot be read
 * gets {"file": …, "error": "…"} in Vietnamese and the others are still read; the exit code is 1
 * when any file failed.
 */
public final class ExtractCommand implements Command {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

    private final DirectiveIntake intake;

    public ExtractCommand(DirectiveIntake intake) {
        this.intake = intake;
    }

    @Override
    public int run(List<String> args, CliOutput out) {
        Args parsed = Args.parse(args, Set.of(), Set.of("--pretty"));
        List<String> files = parsed.positional();
        if (files.isEmpty()) {
            throw new AppException("cli.extract.noFiles");
        }
        boolean pretty = parsed.flag("--pretty");
        List<String> all = new ArrayList<>();
        boolean failed = false;
        for (String file : files) {
            String result;
            try {
                result = ExtractionJson.line(intake.extract(Path.of(file)));
            } catch (AppException e) {
                LOG.info("extract: {} not read: {}", file, e.getMessage(), e);
                result = ExtractionJson.errorLine(fileName(file), Messages.get(e.messageKey(), e.args()));
                failed = true;
            } catch (RuntimeException e) {
                LOG.error("extract: {} failed unexpectedly", file, e);
                result = ExtractionJson.errorLine(fileName(file), Messages.get("intake.file.unexpected", fileName(file), e.getClass().getSimpleName()));
                failed = true;
            }
            if (pretty) {
                all.add(result);
            } else {
                out.out().println(result);
            }
        }
        if (pretty) {
            out.out().println(ExtractionJson.prettyArray(all));
        }
        return failed ? FAILED : OK;
    }

    private static String fileName(String file) {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }
}
