package vn.cchcdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchcdesk.domain.catalog.BodyLevel;
import vn.cchcdesk.domain.catalog.FormGroup;
import vn.cchcdesk.domain.catalog.ParChannel;
import vn.cchcdesk.domain.catalog.UnitKind;
import vn.cchcdesk.domain.period.CutoffRule;
import vn.cchcdesk.i18n.Messages;

/** Every message key the code names exists in the bundles, and the bundles are well formed. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Prefixes passed to EnumLabels: each constant needs its "prefix.CONSTANT" key. */
    static final Map<String, Class<? extends Enum<?>>> ENUM_PREFIXES = new java.util.HashMap<>(Map.of(
            "catalog.unitKind", UnitKind.class,
            "catalog.bodyLevel", BodyLevel.class,
            "catalog.formGroup", FormGroup.class,
            "catalog.parChannel", ParChannel.class,
            "settings.cutoffRule", CutoffRule.class,
            "backup.kind", vn.cchcdesk.store.backup.BackupKind.class,
            "history.action", vn.cchcdesk.store.audit.AuditLog.Action.class));

    static {
        // tasks
        ENUM_PREFIXES.put("tasks.role", vn.cchcdesk.domain.task.AssignmentRole.class);
        ENUM_PREFIXES.put("tasks.roleLetter", vn.cchcdesk.domain.task.AssignmentRole.class);
        ENUM_PREFIXES.put("tasks.status", vn.cchcdesk.domain.task.TaskStatus.class);
        ENUM_PREFIXES.put("tasks.state", vn.cchcdesk.domain.task.TaskState.class);
        ENUM_PREFIXES.put("tasks.timeframeKind", vn.cchcdesk.domain.task.TimeframeKind.class);
        ENUM_PREFIXES.put("tasks.recurrence", vn.cchcdesk.domain.task.Recurrence.class);
        ENUM_PREFIXES.put("tasks.dayOfWeek", java.time.DayOfWeek.class);
        ENUM_PREFIXES.put("tasks.filterStatus", vn.cchcdesk.ui.tasks.StatusFilter.class);
        ENUM_PREFIXES.put("tasks.targetPeriod", vn.cchcdesk.domain.plan.TargetPeriod.class);
        ENUM_PREFIXES.put("tasks.targetPer", vn.cchcdesk.domain.plan.TargetPeriod.class);
        ENUM_PREFIXES.put("tasks.targetStatus", vn.cchcdesk.domain.plan.TargetStatus.class);
        ENUM_PREFIXES.put("collect.field", vn.cchcdesk.domain.collect.ImportField.class);
        ENUM_PREFIXES.put("collect.state", vn.cchcdesk.domain.collect.SubmissionStatus.State.class);
        ENUM_PREFIXES.put("collect.status", vn.cchcdesk.domain.collect.ImportRow.Status.class);
        ENUM_PREFIXES.put("collect.severity", vn.cchcdesk.domain.collect.RowProblem.Severity.class);
        ENUM_PREFIXES.put("collect.filter", vn.cchcdesk.ui.collect.ImportViewModel.RowFilter.class);
        ENUM_PREFIXES.put("documents.direction", vn.cchcdesk.domain.document.Direction.class);
        ENUM_PREFIXES.put("documents.directionPlural", vn.cchcdesk.domain.document.Direction.class);
        ENUM_PREFIXES.put("documents.handling", vn.cchcdesk.domain.document.HandlingStatus.class);
        ENUM_PREFIXES.put("documents.handlingFilter", vn.cchcdesk.domain.document.HandlingFilter.class);
        ENUM_PREFIXES.put("documents.citationKind", vn.cchcdesk.domain.document.CitationKind.class);
        ENUM_PREFIXES.put("documents.role", vn.cchcdesk.domain.task.AssignmentRole.class);
        ENUM_PREFIXES.put("reports.b1.group", FormGroup.class);
        ENUM_PREFIXES.put("reports.docx.group", FormGroup.class);
        ENUM_PREFIXES.put("reports.handling", vn.cchcdesk.domain.document.HandlingStatus.class);
        ENUM_PREFIXES.put("reports.taskState", vn.cchcdesk.domain.report.TaskState.class);
        ENUM_PREFIXES.put("reportscreen.kind", vn.cchcdesk.domain.period.PeriodKind.class);
        ENUM_PREFIXES.put("reportscreen.rule", vn.cchcdesk.domain.period.CutoffRule.class);
        // print
        ENUM_PREFIXES.put("print.orientation", vn.cchcdesk.report.print.PageSetup.Orientation.class);
        ENUM_PREFIXES.put("print.matrix.role", vn.cchcdesk.domain.task.AssignmentRole.class);
        ENUM_PREFIXES.put("par.rule", vn.cchcdesk.domain.par.RuleKind.class);
        ENUM_PREFIXES.put("par.evidence", vn.cchcdesk.domain.par.EvidenceKind.class);
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        String namespaces = String.join("|", Messages.NAMESPACES);
        Pattern literal = Pattern.compile("\"((?:" + namespaces + ")\\.[A-Za-z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!Messages.has(key) && !ENUM_PREFIXES.containsKey(key)) {
                        missing.add(key + "  (" + SOURCES.relativize(file) + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in the code but missing from the bundles").isEmpty();
    }

    @Test
    void everyEnumLabelExists() {
        Set<String> missing = new TreeSet<>();
        ENUM_PREFIXES.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (!Messages.has(prefix + "." + constant.name())) {
                    missing.add(prefix + "." + constant.name());
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void eachFileHoldsOnlyItsNamespaceAndNoEmptyText() throws IOException {
        for (String namespace : Messages.NAMESPACES) {
            Properties properties = new Properties();
            try (var in = Messages.class.getResourceAsStream(namespace + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.forEach((key, value) -> {
                assertThat((String) key).as("key in %s.properties", namespace).startsWith(namespace + ".");
                assertThat(((String) value).trim()).as("text of %s", key).isNotEmpty();
            });
        }
    }

    @Test
    void placeholdersAreFilledAsPlainText() {
        assertThat(Messages.get("validation.range", 2026, 2027)).isEqualTo("Phải là số từ 2026 đến 2027.");
        assertThat(Messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
