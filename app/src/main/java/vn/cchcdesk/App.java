package vn.cchcdesk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.slf4j.LoggerFactory;
import vn.cchcdesk.cli.BackupCommand;
import vn.cchcdesk.cli.DemoDataCommand;
import vn.cchcdesk.cli.ExtractCommand;
import vn.cchcdesk.cli.RegisterCommand;
import vn.cchcdesk.cli.MatrixCommand;
import vn.cchcdesk.cli.RestoreCommand;
import vn.cchcdesk.cli.ReportCommand;
import vn.cchcdesk.cli.ImportActivitiesCommand;
import vn.cchcdesk.intake.DirectiveIntake;
import vn.cchcdesk.intake.sheet.SpreadsheetReader;
import vn.cchcdesk.store.DataFolder;
import vn.cchcdesk.store.Database;
import vn.cchcdesk.store.InstanceLock;
import vn.cchcdesk.store.activity.ActivityRepository;
import vn.cchcdesk.store.activity.ActivityService;
import vn.cchcdesk.store.activity.WebsiteVisitRepository;
import vn.cchcdesk.store.attachment.AttachmentStore;
import vn.cchcdesk.store.MigrationGuard;
import vn.cchcdesk.store.audit.AuditLog;
import vn.cchcdesk.store.backup.BackupService;
import vn.cchcdesk.store.backup.PendingRestore;
import vn.cchcdesk.store.history.HistoryService;
import vn.cchcdesk.store.trash.TrashService;
import vn.cchcdesk.store.catalog.CatalogService;
import vn.cchcdesk.store.catalog.ExternalBodyRepository;
import vn.cchcdesk.store.catalog.PublicityFormRepository;
import vn.cchcdesk.store.catalog.UnitRepository;
import vn.cchcdesk.store.collect.ImportBatchRepository;
import vn.cchcdesk.store.collect.ImportService;
import vn.cchcdesk.store.collect.SubmissionRepository;
import vn.cchcdesk.store.collect.SubmissionService;
import vn.cchcdesk.store.demo.DemoData;
import vn.cchcdesk.store.settings.SettingsRepository;
import vn.cchcdesk.store.settings.SettingsService;
import vn.cchcdesk.store.document.DocumentRepository;
import vn.cchcdesk.store.document.DocumentService;
import vn.cchcdesk.store.document.RegisterBooks;
import vn.cchcdesk.store.task.TaskBoardRepository;
import vn.cchcdesk.store.task.TaskRepository;
import vn.cchcdesk.store.task.TaskService;
import vn.cchcdesk.store.report.ReportQueries;
import vn.cchcdesk.store.calendar.HolidayRepository;
import vn.cchcdesk.store.calendar.HolidayService;
import vn.cchcdesk.store.plan.PlanTargetRepository;
import vn.cchcdesk.store.plan.PlanTargetService;
import vn.cchcdesk.store.par.ParCriterionRepository;
import vn.cchcdesk.store.par.ParService;
import vn.cchcdesk.store.dashboard.DashboardService;
import vn.cchcdesk.ui.backup.BackupScreen;
import vn.cchcdesk.ui.catalog.CatalogScreen;
import vn.cchcdesk.ui.dashboard.DashboardScreen;
import vn.cchcdesk.ui.dashboard.DeadlinesSection;
import vn.cchcdesk.ui.dashboard.ChartsSection;
import vn.cchcdesk.ui.dashboard.ChartsViewModel;
import vn.cchcdesk.ui.dashboard.DeadlinesViewModel;
import vn.cchcdesk.ui.tasks.TasksScreen;
import vn.cchcdesk.ui.collect.CollectScreen;
import vn.cchcdesk.ui.common.Screen;
import vn.cchcdesk.ui.common.SystemFileViewer;
import vn.cchcdesk.ui.documents.DocumentsScreen;
import vn.cchcdesk.ui.common.UiContext;
import vn.cchcdesk.ui.par.ParScreen;
import vn.cchcdesk.ui.settings.SettingsScreen;
import vn.cchcdesk.ui.trash.TrashScreen;
import vn.cchcdesk.ui.shell.Workspace;

/**
 * The composition root: opens a data folder and wires every repository and service by
 * constructor. The GUI and the subcommands get their collaborators from here and nowhere else.
 */
public final class App implements Workspace, AutoCloseable {

    private final DataFolder folder;
    private final InstanceLock lock;
    private final Database database;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private final AuditLog audit;
    private final CatalogService catalog;
    private final SettingsService settings;
    private final DocumentService documents;
    private final TaskService tasks;
    private final HolidayService holidays;
    private final PlanTargetService planTargets;
    private final AttachmentStore attachments;
    private final ActivityService activities;
    private final DirectiveIntake intake = new DirectiveIntake();
    private final RegisterBooks registers;
    private final BackupService backups;
    private final HistoryService history;
    private final TrashService trash;
    private final ReportQueries reports;
    private final ImportService imports;
    private final SubmissionService submissions;
    private final ParService par;
    private final DashboardService dashboard;

    private App(DataFolder folder, InstanceLock lock, Database database, Clock clock) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.clock = clock;
        DSLContext dsl = database.dsl();
        this.audit = new AuditLog(dsl);
        this.catalog = new CatalogService(dsl, new UnitRepository(dsl), new ExternalBodyRepository(dsl),
                new PublicityFormRepository(dsl), audit);
        this.settings = new SettingsService(dsl, new SettingsRepository(dsl), audit);
        TaskRepository taskRepository = new TaskRepository(dsl);
        this.attachments = new AttachmentStore(folder, dsl, audit, clock);
        this.documents = new DocumentService(dsl, new DocumentRepository(dsl), taskRepository, attachments, audit, clock);
        this.registers = new RegisterBooks(dsl, settings);
        this.tasks = new TaskService(dsl, taskRepository, new TaskBoardRepository(dsl), audit, clock);
        this.holidays = new HolidayService(dsl, new HolidayRepository(dsl), audit, clock);
        this.planTargets = new PlanTargetService(dsl, new PlanTargetRepository(dsl), new PublicityFormRepository(dsl), audit, clock);
        this.activities = new ActivityService(dsl, new ActivityRepository(dsl), new WebsiteVisitRepository(dsl), audit, clock);
        this.backups = new BackupService(folder, database.dataSource(), version(), clock);
        this.history = new HistoryService(audit);
        this.trash = new TrashService(dsl, documents, tasks, activities);
        this.reports = new ReportQueries(dsl, new SettingsRepository(dsl));
        this.imports = new ImportService(dsl, new SpreadsheetReader(), new UnitRepository(dsl), new PublicityFormRepository(dsl),
                new SettingsRepository(dsl), new ActivityRepository(dsl), new ImportBatchRepository(dsl),
                new SubmissionRepository(dsl), attachments, audit, clock);
        this.submissions = new SubmissionService(dsl, new SubmissionRepository(dsl), new ImportBatchRepository(dsl),
                new UnitRepository(dsl), new SettingsRepository(dsl), attachments, audit, clock);
        this.par = new ParService(dsl, new ParCriterionRepository(dsl), planTargets, new PublicityFormRepository(dsl), attachments,
                settings, audit, clock);
        this.dashboard = new DashboardService(dsl, tasks, planTargets, catalog, settings, holidays, submissions, clock);
    }

    /**
     * Opens a data folder (creating it when new): takes its lock, applies a restore staged in it,
     * opens the database and migrates it, with a backup taken before any pending migration.
     */
    public static App open(Path dataDir, Clock clock) {
        return open(dataDir, clock, Database.MIGRATIONS);
    }

    static App open(Path dataDir, Clock clock, List<String> migrations) {
        DataFolder folder = DataFolder.prepare(dataDir);
        InstanceLock lock = InstanceLock.acquire(folder);
        try {
            MigrationGuard backupFirst = (source, from, to) -> BackupService.beforeMigration(folder, source, version(), clock);
            Database database = PendingRestore.applyThenOpen(folder, () -> Database.open(folder, migrations, backupFirst));
            return new App(folder, lock, database, clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Closes and opens the folder again, which applies a staged restore (and migrates it). */
    private static void reopen(App app) {
        app.close();
        open(app.folder().root(), app.clock()).close();
    }

    /** The version in the jar's manifest; "dev" when run from the build's classes. */
    public static String version() {
        String version = App.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    public static App open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    /** Every subcommand, in the order --help lists them. */
    static List<CommandSpec> commands() {
        return List.of(
                new CommandSpec("demo-data", "cli.demoData.summary", true,
                        app -> new DemoDataCommand(app.demoData(), app.folder(), () -> app.close(true))),
                new CommandSpec("extract", "cli.extract.summary", false, app -> new ExtractCommand(new DirectiveIntake())),
                new CommandSpec("backup", "cli.backup.summary", true, app -> new BackupCommand(app.backups())),
                new CommandSpec("restore", "cli.restore.summary", true,
                        app -> new RestoreCommand(app.backups(), () -> reopen(app))),
                new CommandSpec("report", "cli.report.summary", true, app -> new ReportCommand(app.reports(), app.clock())),
                new CommandSpec("register", "cli.register.summary", true, app -> new RegisterCommand(app.registers())),
                new CommandSpec("matrix", "cli.matrix.summary", true, app -> new MatrixCommand(app.matrices())),
                new CommandSpec("import-activities", "cli.importActivities.summary", true,
                        app -> new ImportActivitiesCommand(app.imports(), app.catalog()))
        );
    }

    /** The main window's screens, in navigation order. */
    @Override
    public List<Screen> screens(UiContext ui) {
        TasksScreen tasksScreen = new TasksScreen(tasks, catalog, holidays, planTargets, ui, settings);
        tasksScreen.exports(settings, new SystemFileViewer());
        java.util.function.Consumer<Long> openTask = taskId -> {
            tasksScreen.reveal(taskId);
            ui.navigate(tasksScreen.id());
        };
        var activitiesScreen = new vn.cchcdesk.ui.activities.ActivitiesScreen(activities, attachments, catalog, settings, history,
                new SystemFileViewer(), ui);
        // the start screen's bars open the lists behind them, filtered to what each bar counts
        vn.cchcdesk.ui.dashboard.DashboardLinks links = new vn.cchcdesk.ui.dashboard.DashboardLinks() {
            @Override
            public void activities(java.time.LocalDate from, java.time.LocalDate to, vn.cchcdesk.domain.catalog.FormGroup group) {
                activitiesScreen.reveal(from, to, group);
                ui.navigate(activitiesScreen.id());
            }

            @Override
            public void unitTasks(Long unitId, int year, vn.cchcdesk.domain.task.TaskState state) {
                tasksScreen.showUnit(unitId, year, state);
                ui.navigate(tasksScreen.id());
            }

            @Override
            public void targets() {
                tasksScreen.showTargets();
                ui.navigate(tasksScreen.id());
            }
        };
        return List.of(
                new DashboardScreen(ui, List.of(new ChartsSection(new ChartsViewModel(dashboard, ui), ui, openTask, links),
                        new DeadlinesSection(new DeadlinesViewModel(tasks, holidays, catalog, ui), openTask))),
                new DocumentsScreen(documents, attachments, catalog, settings, registers, intake, new SystemFileViewer(), ui),
                tasksScreen,
                activitiesScreen,
                new CollectScreen(catalog, settings, imports, submissions, new SystemFileViewer(), ui),
                new vn.cchcdesk.ui.reports.ReportsScreen(reports, new SystemFileViewer(), ui),
                new ParScreen(par, ui),
                new CatalogScreen(catalog, ui),
                new SettingsScreen(settings, ui),
                new TrashScreen(trash, history, ui),
                new BackupScreen(backups, folder.backups(), ui));
    }

    @Override
    public String location() {
        return folder.root().toString();
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public AuditLog audit() {
        return audit;
    }

    public CatalogService catalog() {
        return catalog;
    }

    @Override
    public SettingsService settings() {
        return settings;
    }

    public DocumentService documents() {
        return documents;
    }

    /** The responsibility matrix and units' task lists as they print (the matrix subcommand). */
    public vn.cchcdesk.store.task.TaskMatrices matrices() {
        return new vn.cchcdesk.store.task.TaskMatrices(tasks, catalog, settings, clock);
    }

    public TaskService tasks() {
        return tasks;
    }

    public ReportQueries reports() {
        return reports;
    }

    public HolidayService holidays() {
        return holidays;
    }

    public PlanTargetService planTargets() {
        return planTargets;
    }

    public AttachmentStore attachments() {
        return attachments;
    }

    public ActivityService activities() {
        return activities;
    }

    public HistoryService history() {
        return history;
    }

    public TrashService trash() {
        return trash;
    }

    public BackupService backups() {
        return backups;
    }

    /** Once a day while the window stays open: the clerk may leave it open for weeks. */
    @Override
    public void backupIfDue() {
        if (backups.automaticDue()) {
            backups.automatic();
        }
    }

    /** Today's automatic backup, written by the window's clean exit; a failure is logged and never keeps the clerk from leaving. */
    @Override
    public void backupOnExit() {
        try {
            backups.automatic();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(App.class).error("Automatic backup on exit failed", e);
        }
    }

    public ImportService imports() {
        return imports;
    }

    public SubmissionService submissions() {
        return submissions;
    }

    /** The start screen's figures (charts and the dates coming up). */
    public DashboardService dashboard() {
        return dashboard;
    }

    /** The PAR self-assessment of the publicity criterion and its evidence file. */
    public ParService par() {
        return par;
    }

    /** The registers of incoming and outgoing documents (Phụ lục IV), read for export and printing. */
    public RegisterBooks registers() {
        return registers;
    }

    /** Reading directive files; {@link DirectiveIntake#warmUp} it once the window is up. */
    public DirectiveIntake intake() {
        return intake;
    }

    /** The demo data generator, with repositories of its own: it writes in bulk, one transaction per run. */
    public DemoData demoData() {
        DSLContext dsl = database.dsl();
        return new DemoData(dsl, settings, catalog, new DocumentRepository(dsl), new TaskRepository(dsl),
                new ActivityRepository(dsl), new WebsiteVisitRepository(dsl), audit, clock);
    }

    /** Closes the database (compacting it on a clean exit) and releases the folder; closing again does nothing. */
    @Override
    public void close(boolean compact) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            database.close(compact);
        } finally {
            lock.close();
        }
    }

    @Override
    public void close() {
        close(false);
    }
}
