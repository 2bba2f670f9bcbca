package app.makegood;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layer rule from the README, checked on every build. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.makegood");

    @Test
    void dependenciesPointInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("app.makegood")
                .layer("Ui").definedBy("app.makegood.ui..")
                .layer("Cli").definedBy("app.makegood.cli..")
                .layer("Service").definedBy("app.makegood.service..")
                .layer("Export").definedBy("app.makegood.export..")
                .layer("Store").definedBy("app.makegood.store..")
                .layer("Language").definedBy("app.makegood.language..")
                .layer("Domain").definedBy("app.makegood.domain..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Service")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Service")
                .whereLayer("Language").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Service")
                .check(CLASSES);
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("app.makegood.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.io..", "java.nio..",
                        "com.fasterxml..", "org.h2..")
                .check(CLASSES);
    }

    @Test
    void viewModelsDoNotTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Row")
                .or().haveSimpleNameEndingWith("Input")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(CLASSES);
    }

    /** No telemetry, no update check: only the mail code may open a connection, and only when the owner sends. */
    @Test
    void onlyMailTalksToTheNetwork() {
        noClasses().that().resideOutsideOfPackage("app.makegood.export.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "jakarta.mail..", "javax.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .check(CLASSES);
    }

    @Test
    void nonUiLayersDoNotTouchJavaFx() {
        noClasses().that().resideInAnyPackage("app.makegood.store..", "app.makegood.export..", "app.makegood.cli..",
                        "app.makegood.language..", "app.makegood.service..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }
}
