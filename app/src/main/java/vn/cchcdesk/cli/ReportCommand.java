package vn.cchcdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.cchcdesk.domain.AppException;
import vn.cchcdesk.domain.period.ReportingPeriod;
import vn.cchcdesk.domain.report.QuarterlyReport;
import vn.cchcdesk.domain.text.Formats;
import vn.cchcdesk.i18n.Messages;
import vn.cchcdesk.report.PeriodTexts;
import vn.cchcdesk.report.quarterly.QuarterlyDocx;
import vn.cchcdesk.report.quarterly.QuarterlyWorkbook;
import vn.cchcdesk.store.report.ReportQueries;

/**
 * {@code report --period 2026-Q2|2026-H1|2026-9M|2026 --out FILE.xlsx [--docx FILE.docx]}: writes
 * the period's workbook (and the draft of the written report) from the data folder. A period
 * code it cannot read, or a file name of the wrong kind, is a usage error (exit code 2).
 */
public final class ReportCommand implements Command {

    private final ReportQueries queries;
    private final Clock clock;

    public ReportCommand(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public int run(List<String> args, CliOutput out) {
        Args parsed = Args.parse(args, Set.of("--period", "--out", "--docx"), Set.of());
        if (!parsed.positional().isEmpty()) {
            throw new AppException("cli.unknownOption", parsed.positional().get(0));
        }
        String code = parsed.required("--period");
        ReportingPeriod period = ReportingPeriod.parse(code).orElseThrow(() -> new AppException("cli.report.badPeriod", code));
        Path xlsx = file(parsed.required("--out"), ".xlsx", "--out");
        Optional<Path> docx = parsed.option("--docx").map(name -> file(name, ".docx", "--docx"));

        QuarterlyReport report = queries.quarterly(period, LocalDate.now(clock));
        QuarterlyWorkbook.write(report, xlsx);
        out.out().println(Messages.get("cli.report.written", PeriodTexts.name(period), Formats.integer(report.activityCount()),
                xlsx.toAbsolutePath()));
        if (docx.isPresent()) {
            QuarterlyDocx.write(report, docx.get());
            out.out().println(Messages.get("cli.report.docxWritten", docx.get().toAbsolutePath()));
        }
        return OK;
    }

    private static Path file(String name, String extension, String option) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new AppException("cli.report.wrongExtension", option, name, extension);
        }
        return Path.of(name);
    }
}
