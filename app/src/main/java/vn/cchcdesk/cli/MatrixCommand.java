package vn.cchcdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.catalog.Unit;
import vn.cchcdesk.domain.task.TaskMatrix;
import vn.cchcdesk.domain.task.UnitDutyList;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.matrix.MatrixWorkbook;
import vn.cchcdesk.report.matrix.UnitDutiesWorkbook;
import vn.cchcdesk.store.task.TaskMatrices;
import vn.cchcdesk.store.task.TaskMatrices.Scope;

/**
 * {@code matrix --directive ID | --year YYYY [--unit NAME-or-ID] --out FILE.xlsx}: writes the
 * responsibility matrix of a directive's tasks or of a year's, or with {@code --unit} that
 * unit's list of tasks, as the task screen exports them. Wrong usage exits with 2.
 */
public final class MatrixCommand implements Command {

    private final TaskMatrices matrices;

    public MatrixCommand(TaskMatrices matrices) {
        this.matrices = matrices;
    }

    @Override
    public int run(List<String> args, CliOutput out) {
        Args parsed = Args.parse(args, Set.of("--directive", "--year", "--unit", "--out"), Set.of());
        if (!parsed.positional().isEmpty()) {
            throw new AppException("cli.unknownOption", parsed.positional().get(0));
        }
        boolean byDirective = parsed.option("--directive").isPresent();
        boolean byYear = parsed.option("--year").isPresent();
        if (byDirective == byYear) {
            throw new AppException("cli.matrix.oneScope");
        }
        Scope scope;
        if (byDirective) {
            String text = parsed.option("--directive").get().trim();
            if (text.isEmpty()) {
                throw new AppException("cli.matrix.badDirective", text);
            }
            scope = Scope.directive(matrices.directive(text)
                    .orElseThrow(() -> new AppException("cli.matrix.unknownDirective", text)).id());
        } else {
            String text = parsed.option("--year").get().trim();
            if (!text.matches("\\d{4}") || Integer.parseInt(text) < 1945 || Integer.parseInt(text) > 2200) {
                throw new AppException("cli.matrix.badYear", text);
            }
            scope = Scope.year(Integer.parseInt(text));
        }
        Unit unit = parsed.option("--unit").map(name -> matrices.unit(name)
                .orElseThrow(() -> new AppException("cli.matrix.unknownUnit", name))).orElse(null);
        String name = parsed.required("--out");
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new AppException("cli.report.wrongExtension", "--out", name, ".xlsx");
        }
        Path file = Path.of(name);
        if (unit == null) {
            TaskMatrix matrix = matrices.matrix(scope);
            MatrixWorkbook.write(matrix, file);
            out.out().println(Messages.get("cli.matrix.written", Formats.integer(matrix.taskCount()),
                    Formats.integer(matrix.units().size()), file.toAbsolutePath()));
        } else {
            UnitDutyList list = matrices.duties(scope, unit);
            UnitDutiesWorkbook.write(list, file);
            out.out().println(Messages.get("cli.matrix.writtenUnit", Formats.integer(list.lines().size()), unit.name(),
                    file.toAbsolutePath()));
        }
        return OK;
    }
}
