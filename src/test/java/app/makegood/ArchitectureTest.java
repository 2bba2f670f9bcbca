package app.makegood;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Every package, parents and children alike, is its own slice: ui.shell may use ui.wizard, never the reverse. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("app.makegood.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("app.makegood.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.io..", "java.nio..",
                        "com.fasterxml..", "org.h2..")
                .check(CLASSES);
    }

    /**
     * Chosen by package: every class under {@code ui} is a view model (and must not touch controls) unless it is a
     * view, so a model of any name (AmendsModel, LetterCoach, one added tomorrow) is checked.
     */
    @Test
    void viewModelsDoNotTouchControls() {
        noClasses().that().resideInAPackage("app.makegood.ui..").and(DescribedPredicate.not(VIEWS))
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(CLASSES);
    }

    /** The rule above has teeth: a class under ui that is not a view is treated as a view model. */
    @Test
    void everyUiClassThatIsNoViewIsCheckedAsAViewModel() {
        List<String> models = CLASSES.stream().filter(c -> c.getPackageName().startsWith("app.makegood.ui"))
                .filter(c -> !VIEWS.test(c)).map(JavaClass::getSimpleName).toList();
        assertTrue(models.containsAll(List.of("WizardViewModel", "AmendsModel", "LetterCoach", "CustomerRow")),
                models.toString());
    }

    /** Helpers that build or show controls for the views (dialogs, choosers, table set-up). */
    private static final Set<String> VIEW_HELPERS = Set.of("Dialogs", "PassphraseDialogs", "FileDialogs", "Tables",
            "TextInputs", "Choices", "DatePickers", "StatusBadge", "DetailForm", "LetterDesk", "LetterPreview",
            "DateTimeRows", "TextEditing", "KeyboardShortcuts", "NextFrame", "FieldProblem", "Icons", "CompactHeader");

    /** A view: an FXML controller, a JavaFX control or dialog of our own, a view helper, or a class inside one. */
    private static final DescribedPredicate<JavaClass> VIEWS = new DescribedPredicate<>("views") {
        @Override
        public boolean test(JavaClass c) {
            return c.getFields().stream().anyMatch(f -> f.isAnnotatedWith("javafx.fxml.FXML"))
                    || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("javafx.fxml.FXML"))
                    || c.getAllRawSuperclasses().stream().anyMatch(s -> s.getPackageName().startsWith("javafx."))
                    || VIEW_HELPERS.contains(c.getSimpleName())
                    || c.getEnclosingClass().map(this::test).orElse(false);
        }
    };

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
