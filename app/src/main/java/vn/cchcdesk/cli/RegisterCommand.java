package vn.cchcdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.document.Direction;
import vn.cchcdesk.domain.report.DateRange;
import vn.cchcdesk.domain.report.DocumentRegister;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.register.RegisterWorkbook;
import vn.cchcdesk.store.document.RegisterBooks;

/**
 * {@code register --direction in|out --year YYYY [--from dd/MM/yyyy --to dd/MM/yyyy] --out FILE.xlsx}:
 * writes the Sổ đăng ký văn bản đến or đi of a year, or of the days from one date to another
 * (within that year), as the register screen exports it. Wrong usage exits with 2.
 */
public final class RegisterCommand implements Command {

    private final RegisterBooks books;

    public RegisterCommand(RegisterBooks books) {
        this.books = books;
    }

    @Override
    public int run(List<String> args, CliOutput out) {
        Args parsed = Args.parse(args, Set.of("--direction", "--year", "--from", "--to", "--out"), Set.of());
        if (!parsed.positional().isEmpty()) {
            throw new AppException("cli.unknownOption", parsed.positional().get(0));
        }
        Direction direction = direction(parsed.required("--direction"));
        int year = parsed.intOption("--year", 0);
        if (parsed.option("--year").isEmpty() || year < 1945 || year > 2200) {
            throw new AppException("cli.register.badYear", parsed.option("--year").orElse(""));
        }
        Optional<LocalDate> from = parsed.option("--from").map(text -> date("--from", text));
        Optional<LocalDate> to = parsed.option("--to").map(text -> date("--to", text));
        String name = parsed.required("--out");
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new AppException("cli.report.wrongExtension", "--out", name, ".xlsx");
        }
        DocumentRegister register;
        if (from.isEmpty() && to.isEmpty()) {
            register = books.ofYear(direction, year);
        } else {
            LocalDate first = from.orElse(LocalDate.of(year, 1, 1));
            LocalDate last = to.orElse(LocalDate.of(year, 12, 31));
            if (first.getYear() != year || last.getYear() != year || first.isAfter(last)) {
                throw new AppException("cli.register.badRange", Formats.date(first), Formats.date(last), String.valueOf(year));
            }
            register = books.between(direction, new DateRange(first, last));
        }
        Path file = Path.of(name);
        RegisterWorkbook.write(register, file);
        out.out().println(Messages.get("cli.register.written",
                Messages.get(direction == Direction.IN ? "documents.register.name.IN" : "documents.register.name.OUT"), register.yearText(),
                Formats.integer(register.lines().size()), file.toAbsolutePath()));
        return OK;
    }

    private static Direction direction(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "in", "den", "đến" -> Direction.IN;
            case "out", "di", "đi" -> Direction.OUT;
            default -> throw new AppException("cli.register.badDirection", text);
        };
    }

    private static LocalDate date(String option, String text) {
        return Formats.parseDate(text).orElseThrow(() -> new AppException("cli.register.badDate", option, text));
    }
}
