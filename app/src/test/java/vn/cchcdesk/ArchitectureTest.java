package vn.cchcdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package directions of DEVELOPERS.md. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/vn/cchcdesk/store/jooq/"))
                .importPackages("vn.cchcdesk");
    }

    @Test
    void theDomainUsesTheJdkOnly() {
        classes().that().resideInAPackage("vn.cchcdesk.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.cchcdesk.domain..", "java..")
                .check(classes);
    }

    @Test
    void messagesUseTheJdkOnly() {
        classes().that().resideInAPackage("vn.cchcdesk.i18n..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.cchcdesk.i18n..", "java..")
                .check(classes);
    }

    @Test
    void storeIntakeAndReportKnowNothingOfTheUiOrEachOther() {
        noClasses().that().resideInAnyPackage("vn.cchcdesk.store..", "vn.cchcdesk.intake..", "vn.cchcdesk.report..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchcdesk.ui..", "vn.cchcdesk.cli..", "javafx..")
                .check(classes);
        noClasses().that().resideInAnyPackage("vn.cchcdesk.intake..", "vn.cchcdesk.report..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchcdesk.store..", "org.jooq..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.cchcdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cchcdesk.intake..", "vn.cchcdesk.report..")
                .check(classes);
    }

    @Test
    void theUiCallsServicesNeverTheDatabase() {
        noClasses().that().resideInAPackage("vn.cchcdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "vn.cchcdesk.store.jooq..", "java.sql..",
                        "vn.cchcdesk.cli..")
                .check(classes);
    }

    @Test
    void commandsNeverTouchJavaFx() {
        noClasses().that().resideInAPackage("vn.cchcdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "vn.cchcdesk.ui..")
                .check(classes);
    }

    @Test
    void onlyTheRootDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("vn.cchcdesk")
                .should().dependOnClassesThat().resideInAPackage("vn.cchcdesk")
                .check(classes);
    }
}
