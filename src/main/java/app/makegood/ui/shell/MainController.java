package app.makegood.ui.shell;

import app.makegood.ui.TeamDatabaseDialog;
import app.makegood.ui.Workbooks;
import app.makegood.ui.AboutDialog;
import app.makegood.ui.Background;
import app.makegood.ui.Dialogs;
import app.makegood.ui.ErrorMessages;
import app.makegood.ui.FileDialogs;
import app.makegood.ui.Guide;
import app.makegood.ui.KeyboardShortcuts;
import app.makegood.ui.LetterDesk;
import app.makegood.ui.LetterKit;
import app.makegood.ui.Messages;
import app.makegood.ui.NextFrame;
import app.makegood.ui.PassphraseDialogs;
import app.makegood.ui.ProfileDialog;
import app.makegood.ui.SetupDialog;
import app.makegood.ui.TextEditing;
import app.makegood.ui.WrittenFiles;
import app.makegood.domain.Dates;
import app.makegood.domain.Incident;
import app.makegood.domain.FileNames;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.PublicStory;
import app.makegood.domain.Replacement;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterRecord;
import app.makegood.export.IncidentJson;
import app.makegood.service.BusinessFigures;
import app.makegood.service.Exporters;
import app.makegood.service.IncidentImport;
import app.makegood.service.Postmortems;
import app.makegood.service.PublicPages;
import app.makegood.service.SentLetters;
import app.makegood.store.IncidentRepository;
import app.makegood.store.ProfileRepository;
import app.makegood.store.SettingsRepository;
import app.makegood.store.Backups;
import app.makegood.domain.review.DueKind;
import app.makegood.ui.review.DueController;
import app.makegood.ui.review.SearchAndDue;
import app.makegood.ui.review.DueViewModel;
import app.makegood.ui.review.PatternsController;
import app.makegood.ui.review.PatternsViewModel;
import app.makegood.ui.incidents.IncidentListController;
import app.makegood.ui.incidents.IncidentListViewModel;
import app.makegood.ui.wizard.Autosave;
import app.makegood.ui.wizard.CoachEngine;
import app.makegood.ui.wizard.LetterServices;
import app.makegood.ui.wizard.WizardController;
import app.makegood.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The main window: menu, incident list, and the wizard for the incident being worked on. */
public final class MainController implements IncidentListController.Actions {
    private static final String SAMPLE = "/assets/sample-incident.json";

    @FXML private StackPane content;
    @FXML private Parent list;
    @FXML private IncidentListController listController;

    private final IncidentListViewModel listModel = new IncidentListViewModel();
    private Services services;
    private Stage stage;
    private Dialogs dialogs;
    private Optional<OpenIncident> open = Optional.empty();
    private final ObjectProperty<BusinessProfile> profile = new SimpleObjectProperty<>(BusinessProfile.EMPTY);
    private LetterDesk desk;
    /** Until the stored profile is read, editing would start from an empty one and overwrite it. */
    private boolean profileLoaded;
    private AmendsDefaults amendsDefaults = BusinessFigures.unread(Locale.getDefault());

    /** What the main window works with, wired once by the application. */
    public record Services(IncidentRepository repository, SettingsRepository settings, ProfileRepository profiles,
                           LetterKit letters, IncidentJson json,
                           Background background, Messages messages,
                           Clock clock, Path dataDir, String version, Consumer<Path> openFile, FileDialogs files,
                           CoachEngine coach) {
    }

    private record OpenIncident(WizardViewModel vm, Autosave autosave, WizardController controller) {
        /** Saves what is pending, then lets the wizard go. */
        void close() {
            controller.commitEdits();
            autosave.saveNow();
            autosave.dispose();
            controller.dispose();
        }
    }

    public void init(Services services, Stage stage) {
        this.services = services;
        this.stage = stage;
        this.dialogs = new Dialogs(stage, services.messages());
        this.desk = new LetterDesk(stage, services.messages(), services.letters().work(), services.settings(),
                services.letters().outbox(), services.letters().log(), services.letters().templates(),
                services.clock(), this::lettersSent);
        listController.init(listModel, services.messages(), services.clock().getZone(), this);
        editMenuFollowsFocus();
        reloadList();
        services.background().run(figures()::load)
                .onSuccess(loaded -> amendsDefaults = loaded)
                .onError(this::showError)
                .start();
        services.background().run(services.profiles()::load)
                .onSuccess(loaded -> {
                    profile.set(loaded);
                    profileLoaded = true;
                    if (askSetup && loaded.equals(BusinessProfile.EMPTY)) {
                        askSetup();
                    }
                })
                .onError(this::showError)
                .start();
    }

    /** More rows than a tall screen shows: the first read is one short query whatever the number of incidents. */
    private static final int FIRST_SCREENFUL = 60;

    /** Run once the list's first rows have been handed to the view (or the read failed): see {@link #reloadList}. */
    private Runnable listShown = () -> { };

    /** Called with what to do once the first rows are in the view (the start-up probe's "incident list shown"). */
    public void whenListShown(Runnable then) {
        listShown = then;
    }

    /**
     * The newest rows first, then every row, then the search texts and what is due: each is its own job on the
     * worker, so the list shows after one short query and the rest fills in behind it while the owner types.
     */
    private void reloadList() {
        services.background().run(() -> services.repository().listNewest(FIRST_SCREENFUL))
                .onSuccess(newest -> {
                    listModel.showFirst(newest);
                    // The rest waits for the frame with these rows: on two busy cores it would slow that frame.
                    NextFrame.then(stage.getScene(), () -> {
                        listShownOnce();
                        reloadRest();
                    });
                })
                .onError(e -> {
                    listShownOnce();
                    showError(e);
                    reloadRest();
                })
                .start();
    }

    /** Every row, then the search texts and what is due. */
    private void reloadRest() {
        services.background().run(services.repository()::list)
                .onSuccess(all -> {
                    listModel.setAll(all);
                    showOverdueInTitle(all);
                })
                .onError(this::showError)
                .start();
        reloadReview();
    }

    private void listShownOnce() {
        Runnable then = listShown;
        listShown = () -> { };
        then.run();
    }

    /** After leaving one incident only its search text and due items are read again: cheap with many incidents. */
    private void reloadList(String edited) {
        services.background().run(services.repository()::list)
                .onSuccess(listModel::setAll)
                .onError(this::showError)
                .start();
        LocalDate today = LocalDate.now(services.clock());
        services.background().run(() -> SearchAndDue.load(edited, services.repository(), services.letters().log(),
                        today, services.clock().getZone()))
                .onSuccess(read -> {
                    listModel.setSearchText(edited, Optional.ofNullable(read.searchTexts().get(edited)));
                    dueModel.setFor(edited, read.due(), today);
                    listModel.dueCountProperty().set(dueModel.items().size());
                })
                .onError(this::showError)
                .start();
    }

    /** Overdue updates are named in the window title while the list is shown, so they are seen on start. */
    private void showOverdueInTitle(List<IncidentSummary> all) {
        long overdue = all.stream().filter(s -> s.updateOverdue(services.clock().instant())).count();
        if (open.isEmpty()) {
            stage.setTitle(overdue == 0 ? appTitle() : services.messages().get("app.title.overdue", appTitle(), overdue));
        }
    }

    @Override
    public void newIncident() {
        Incident blank = Incident.blank(services.clock().instant());
        // Stored before it is shown: the wizard's "Saved" is true from its first moment, even if MakeGood is killed.
        services.background().run(() -> new IncidentRepository.Stored(blank,
                services.repository().saveIfUnchanged(blank, 0)))
                .onSuccess(this::showWizard).onError(this::showError).start();
    }

    @Override
    public void openSample() {
        services.background().run(() -> {
            Incident sample = readSample();
            IncidentRepository repo = services.repository();
            // Opening the sample twice must not overwrite what the user already changed in it.
            return repo.findStored(sample.id()).orElseGet(() ->
                    new IncidentRepository.Stored(sample, repo.saveIfUnchanged(sample, 0)));
        }).onSuccess(this::showWizard).onError(this::showError).start();
    }

    private Incident readSample() throws IOException {
        try (InputStream in = MainController.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("The sample incident is missing from this copy of MakeGood.");
            }
            return services.json().read(in).get(0);
        }
    }

    @Override
    public void open(String incidentId) {
        services.background().run(() -> services.repository().findStored(incidentId))
                .onSuccess(found -> found.ifPresent(this::showWizard))
                .onError(this::showError)
                .start();
    }

    @Override
    public void delete(IncidentSummary incident) {
        String title = incident.title().isBlank() ? services.messages().get("list.untitled") : incident.title();
        if (dialogs.confirm(services.messages().get("list.delete.confirm", title))) {
            services.background().run(() -> {
                services.repository().delete(incident.id());
                return null;
            }).onSuccess(x -> reloadList()).onError(this::showError).start();
        }
    }

    private void showWizard(IncidentRepository.Stored stored) {
        Incident incident = stored.incident();
        closeWizard();
        FXMLLoader loader = loader("wizard/WizardView.fxml");
        Parent view = load(loader);
        WizardViewModel vm = new WizardViewModel(services.clock());
        vm.load(incident);
        vm.amends().defaultsProperty().set(amendsDefaults);
        BusinessProfile signer = profile.get();
        vm.coach().useEngine(services.coach(), List.of(signer.name(), signer.signerName()));
        Autosave autosave = new Autosave(vm, services.repository(), services.background(), stored.version());
        WizardController controller = loader.getController();
        controller.init(vm, services.messages(), services.background(), services.clock().getZone(),
                services.openFile(), this::saveDefaults, letterServices(vm), this::showList);
        controller.onReload(autosave::reload);
        open = Optional.of(new OpenIncident(vm, autosave, controller));
        services.background().run(() -> services.letters().log().forIncident(incident.id()))
                .onSuccess(vm::loadLetters)
                .onError(this::showError)
                .start();
        services.background().run(() -> services.repository().otherIncidentsByEmail(incident.id()))
                .onSuccess(vm.otherIncidentsByEmail()::putAll)
                .onError(this::showError)
                .start();
        content.getChildren().setAll(view);
        stage.titleProperty().bind(Bindings.createStringBinding(() ->
                appTitle() + " \u2014 " + (vm.titleProperty().get().isBlank()
                        ? services.messages().get("list.untitled") : vm.titleProperty().get()), vm.titleProperty()));
    }

    private LetterServices letterServices(WizardViewModel vm) {
        LetterKit kit = services.letters();
        return new LetterServices(kit.export(), profile, kit.work(), services.files(),
                services.openFile(), services.clock(), kit.log(), this::onProfile, desk::editTemplate,
                (drafts, attachPdf, status, finished) -> desk.send(vm.id(), drafts,
                        d -> kit.export().message(d, attachPdf), status, finished));
    }

    /**
     * Mail that went out joins the open incident's history, which stamps its first notice; sent from the outbox, it
     * may belong to other incidents, whose stored first notice is stamped here.
     */
    private void lettersSent(List<LetterRecord> sent) {
        Optional<String> openId = open.map(o -> o.vm().id());
        open.ifPresent(o -> sent.stream().filter(r -> r.incidentId().equals(o.vm().id())).forEach(o.vm().letters()::add));
        List<LetterRecord> others = sent.stream().filter(r -> openId.filter(r.incidentId()::equals).isEmpty()).toList();
        if (!others.isEmpty()) {
            services.background().run(() -> new SentLetters(services.repository()).record(others, true))
                    .onSuccess(changed -> {
                        if (!changed.isEmpty() && open.isEmpty()) {
                            reloadList();
                        }
                    })
                    .onError(this::showError)
                    .start();
        }
    }

    private void saveDefaults(AmendsDefaults defaults) {
        amendsDefaults = defaults;
        services.background().run(() -> {
            figures().save(defaults);
            return null;
        }).onError(this::showError).start();
    }

    /** Saves and leaves the open incident, if any. */
    private void closeWizard() {
        open.ifPresent(OpenIncident::close);
        open = Optional.empty();
        stage.titleProperty().unbind();
        stage.setTitle(appTitle());
    }

    private void showList() {
        Optional<String> left = open.map(o -> o.vm().id());
        closeWizard();
        content.getChildren().setAll(list);
        left.ifPresentOrElse(this::reloadList, this::reloadList);
    }

    /** Saves what is still pending and lets go of the window; called when the application stops. */
    public void close() {
        closeWizard();
        desk.forgetPassword();
        if (dailyBackups != null) {
            dailyBackups.close();
        }
    }

    /** The views live beside MainView.fxml in the ui resources, one folder per feature. */
    private FXMLLoader loader(String fxml) {
        return new FXMLLoader(MainController.class.getResource("/app/makegood/ui/" + fxml), services.messages().bundle());
    }

    private static Parent load(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showError(Throwable e) {
        dialogs.error(ErrorMessages.plain(e) + "\n\n" + services.messages().get("error.seeLog"));
    }

    // --- menu

    @FXML
    private void onNew() {
        newIncident();
    }

    @FXML
    private void onSample() {
        openSample();
    }

    @FXML
    private void onProfile() {
        if (!profileLoaded) {
            dialogs.info(services.messages().get("profile.notLoaded"));
            return;
        }
        new ProfileDialog(stage, services.messages(), services.background(), services.files(), profile.get()).showAndWait().ifPresent(edited -> {
            profile.set(edited);
            services.background().run(() -> {
                services.profiles().save(edited);
                return null;
            }).onError(this::showError).start();
        });
    }

    private boolean askSetup;

    /** On a first start (an empty business profile) the owner is asked for the basics; set before the profile loads. */
    public void offerFirstRunSetup() {
        askSetup = true;
    }

    /** Stores the profile and the currency the owner gave; "Set up later" stores nothing, so it is asked again. */
    private void askSetup() {
        new SetupDialog(stage, services.messages(), profile.get(), amendsDefaults.currency(), Locale.getDefault())
                .showAndWait().ifPresent(setup -> {
                    profile.set(setup.profile());
                    services.background().run(() -> {
                        services.profiles().save(setup.profile());
                        return null;
                    }).onError(this::showError).start();
                    saveDefaults(new AmendsDefaults(setup.currency(), amendsDefaults.futureValue()));
                });
    }

    @FXML
    private void onExportJson() {
        exportOpenIncident(jsonFilter(), (name, filter) -> name + ".json",
                (incident, letters, file) -> services.json().writeFile(List.of(incident), file));
    }

    @FXML
    private void onExportPostmortemPdf() {
        exportOpenIncident(postmortemFilter("postmortem.filter.pdf", "*.pdf"), this::postmortemName,
                (incident, letters, file) -> postmortems().write(incident, letters, Postmortems.Format.PDF, file));
    }

    @FXML
    private void onExportPostmortem() {
        exportOpenIncident(postmortemFilter("postmortem.filter", "*.md"), this::postmortemName,
                (incident, letters, file) -> postmortems().write(incident, letters, Postmortems.Format.MARKDOWN, file));
    }

    private FileChooser.ExtensionFilter postmortemFilter(String key, String pattern) {
        return new FileChooser.ExtensionFilter(services.messages().get(key), pattern);
    }

    /** "Postmortem - Late cakes", with the extension the filter asks for. */
    private String postmortemName(String title, FileChooser.ExtensionFilter filter) {
        return services.messages().get("postmortem.fileName", title) + filter.getExtensions().get(0).substring(1);
    }

    @FXML
    private void onExportPublicPage() {
        exportPublicPage(postmortemFilter("public.filter.html", "*.html"),
                (incident, file) -> publicPages().write(incident, PublicPages.Format.HTML, file));
    }

    @FXML
    private void onExportPublicPageMarkdown() {
        exportPublicPage(postmortemFilter("public.filter.md", "*.md"),
                (incident, file) -> publicPages().write(incident, PublicPages.Format.MARKDOWN, file));
    }

    /**
     * The open incident's public page: first what will be replaced (the owner may cancel and reword), then where to
     * write it, under a name made from the redacted title so no customer's name becomes a file name.
     */
    private void exportPublicPage(FileChooser.ExtensionFilter filter, PublicWriter writer) {
        Optional<Incident> saved = savedOpenIncident();
        if (saved.isEmpty()) {
            return;
        }
        Incident incident = saved.get();
        services.background().run(() -> Map.entry(PublicStory.replacements(incident),
                PublicStory.redact(incident, incident.title()))).onSuccess(checked -> {
            if (confirm(PublicPageNotice.text(services.messages(), checked.getKey(), incident.publicText().isBlank()))) {
                services.files().save(stage, publicName(FileNames.safe(checked.getValue(), "incident"), filter), filter)
                        .ifPresent(file -> services.background().run(() -> {
                            writer.write(incident, file);
                            return file;
                        }).onSuccess(f -> dialogs.saved(services.messages().get("public.exported", f.getFileName()), f,
                                written()))
                                .onError(this::showError).start());
            }
        }).onError(this::showError).start();
    }

    @FunctionalInterface
    private interface PublicWriter {
        void write(Incident incident, Path file) throws IOException;
    }

    /** Nothing replaced: nothing to confirm. Otherwise the owner reads the list and continues or cancels. */
    private boolean confirmReplacements(List<Replacement> replacements) {
        return confirm(PublicPageNotice.text(services.messages(), replacements));
    }

    private boolean confirm(Optional<String> notice) {
        return notice.map(text -> dialogs.confirm(text, services.messages().get("public.continue"))).orElse(true);
    }

    /** Every incident customers were told about, one page each, and index.html, into a folder. */
    @FXML
    private void onExportPublicHistory() {
        open.ifPresent(o -> {
            o.controller().commitEdits();
            o.autosave().saveNow();
        });
        services.files().folder(stage, services.messages().get("public.folderTitle")).ifPresent(folder -> services
                .background().run(() -> {
                    List<Incident> incidents = publicPages().historyCandidates();
                    return Map.entry(incidents, PublicStory.replacements(incidents));
                }).onSuccess(checked -> {
                    if (confirmReplacements(checked.getValue())) {
                        services.background().run(() -> publicPages().writeHistory(checked.getKey(), folder))
                                .onSuccess(h -> dialogs.saved(services.messages().get("public.historyExported",
                                        h.pages(), folder, h.leftOut()), folder.resolve("index.html"), written()))
                                .onError(this::showError).start();
                    }
                }).onError(this::showError).start());
    }

    // The application services the menus call: the same ones the command line uses, over this window's store.

    private Exporters exporters() {
        return new Exporters(services.clock(), Locale.getDefault());
    }

    private BusinessFigures figures() {
        return new BusinessFigures(services.settings(), Locale.getDefault());
    }

    private Postmortems postmortems() {
        return new Postmortems(exporters(), figures(), services.profiles(), services.letters().log());
    }

    private PublicPages publicPages() {
        return new PublicPages(exporters(), services.profiles(), services.repository());
    }

    private WrittenFiles written() {
        return new WrittenFiles(services.openFile());
    }

    private String publicName(String title, FileChooser.ExtensionFilter filter) {
        return services.messages().get("public.fileName", title) + filter.getExtensions().get(0).substring(1);
    }

    @FXML
    private void onMailSettings() {
        desk.editMailSettings(settings -> { }, () -> { });
    }

    @FXML
    private void onOutbox() {
        desk.showOutbox();
    }

    /** The open incident with what is typed saved first, or a word that no incident is open. */
    private Optional<Incident> savedOpenIncident() {
        if (open.isEmpty()) {
            dialogs.info(services.messages().get("json.noIncident"));
            return Optional.empty();
        }
        open.get().controller().commitEdits();
        open.get().autosave().saveNow();
        return Optional.of(open.get().vm().snapshot());
    }

    /** Writes one file about the open incident, as saved right now, to a place the user chooses. */
    private void exportOpenIncident(FileChooser.ExtensionFilter filter,
                                    BiFunction<String, FileChooser.ExtensionFilter, String> fileName,
                                    IncidentWriter writer) {
        Optional<Incident> saved = savedOpenIncident();
        if (saved.isEmpty()) {
            return;
        }
        Incident incident = saved.get();
        List<LetterRecord> letters = List.copyOf(open.get().vm().letters());
        services.files().save(stage, fileName.apply(FileNames.safe(incident.title(), "incident"), filter), filter)
                .ifPresent(file -> services.background().run(() -> {
                    writer.write(incident, letters, file);
                    return file;
                }).onSuccess(f -> dialogs.saved(services.messages().get("json.exported", f.getFileName()), f, written()))
                        .onError(this::showError).start());
    }

    @FunctionalInterface
    private interface IncidentWriter {
        void write(Incident incident, List<LetterRecord> letters, Path file) throws IOException;
    }

    @FXML
    private void onImportJson() {
        Optional<Path> file = services.files().open(stage, jsonFilter());
        if (file.isEmpty()) {
            return;
        }
        closeWizard();
        services.background().run(() -> new IncidentImport(services.json(), services.repository()).importFile(file.get()))
                .onSuccess(n -> {
                    showList();
                    dialogs.info(services.messages().get("json.imported", n.incidents(), n.added(), n.replaced()));
                }).onError(this::showError).start();
    }

    private FileChooser.ExtensionFilter jsonFilter() {
        return new FileChooser.ExtensionFilter(services.messages().get("json.filter"), "*.json");
    }

    @FXML
    private void onQuit() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Edit ▸ Undo from the menu; the same keys typed in a text are handled by the text itself. */
    @FXML
    private void onUndo() {
        undoOrRedo(true);
    }

    @FXML
    private void onRedo() {
        undoOrRedo(false);
    }

    /** Plain fields and the letters keep their own histories; the menu reaches whichever has the focus. */
    private void undoOrRedo(boolean undo) {
        focusedText().ifPresent(t -> {
            if (undo && t.canUndo()) {
                t.undo();
            } else if (!undo && t.canRedo()) {
                t.redo();
            }
        });
    }

    @FXML private MenuItem cutItem;
    @FXML private MenuItem copyItem;
    @FXML private MenuItem pasteItem;
    @FXML private MenuItem selectAllItem;

    private Optional<TextEditing.Editable> focusedText() {
        return Optional.ofNullable(stage.getScene().getFocusOwner()).flatMap(TextEditing::of);
    }

    /** Edit ▸ Cut, Copy, Paste, Select all act on the focused text, and are greyed out while no text has the focus. */
    private void editMenuFollowsFocus() {
        TextEditing.everywhere(services.messages());
        stage.getScene().focusOwnerProperty().addListener((obs, was, now) -> enableEditItems());
        enableEditItems();
    }

    private void enableEditItems() {
        boolean text = focusedText().isPresent();
        for (MenuItem item : List.of(cutItem, copyItem, pasteItem, selectAllItem)) {
            item.setDisable(!text);
        }
    }

    @FXML
    private void onCut() {
        focusedText().filter(TextEditing.Editable::editable).ifPresent(TextEditing.Editable::cut);
    }

    @FXML
    private void onCopy() {
        focusedText().ifPresent(TextEditing.Editable::copy);
    }

    @FXML
    private void onPaste() {
        focusedText().filter(TextEditing.Editable::editable).ifPresent(TextEditing.Editable::paste);
    }

    @FXML
    private void onSelectAll() {
        focusedText().ifPresent(TextEditing.Editable::selectAll);
    }

    @FXML
    private void onFind() {
        if (open.isPresent() || !content.getChildren().contains(list)) {
            showList();
        }
        listController.focusSearch();
    }

    @FXML
    private void onShowList() {
        showList();
    }

    @FXML private MenuBar menuBar;

    @FXML
    private void onKeyboardShortcuts() {
        KeyboardShortcuts.dialog(stage, services.messages(), menuBar.getMenus()).show();
    }

    /** The guide opens in the system's browser, from a copy in the data folder: no network, nothing to install. */
    @FXML
    private void onGuide() {
        services.background().run(() -> Guide.copyInto(services.dataDir()))
                .onSuccess(services.openFile()::accept)
                .onError(e -> dialogs.error(services.messages().get("guide.failed", ErrorMessages.plain(e))))
                .start();
    }

    @FXML
    private void onAbout() {
        new AboutDialog(stage, services.messages(), services.version(), services.dataDir(), services.openFile()).show();
    }

    // --- the team database (issue 19)

    private Workbooks workbooks;

    /** File ▸ Team database… works once the application has said which workbook is open. */
    public void enableTeamDatabase(Workbooks workbooks) {
        this.workbooks = workbooks;
        stage.setTitle(appTitle());
    }

    /** "MakeGood", or on a team database "MakeGood · team workbook makegood on server": always clear which is open. */
    private String appTitle() {
        String app = services.messages().get("app.title");
        return workbooks == null ? app : workbooks.team()
                .map(t -> services.messages().get("app.title.team", app, t.shortName())).orElse(app);
    }

    /** Backup, restore and encryption are for the owner's own file: on a team database, says so (true). */
    private boolean fileOnlyOnTeam() {
        boolean onTeam = workbooks != null && workbooks.team().isPresent();
        if (onTeam) {
            dialogs.info(services.messages().get("team.fileOnly"));
        }
        return onTeam;
    }

    @FXML
    private void onTeamDatabase() {
        if (workbooks != null) {
            showList(); // saves and closes the open incident: a copy takes it as it is now
            new TeamDatabaseDialog(stage, services.messages(), workbooks).show();
        }
    }

    // --- review past incidents (issue 7): search everything, the Due view, backup and restore

    private Backups backups;
    private final DueViewModel dueModel = new DueViewModel();

    @FXML private HBox backupWarning;
    @FXML private Label backupWarningText;
    private DailyBackups dailyBackups;

    /** The database's backups, once it is open: File ▸ Back up and Restore need them; today's is taken now. */
    public void enableBackups(Backups backups) {
        this.backups = backups;
        dailyBackups = new DailyBackups(backups, services.letters().work(), problem -> {
            backupWarningText.setText(problem.map(p -> services.messages().get("backup.dailyFailed", p)).orElse(""));
            showBackupWarning(problem.isPresent());
        });
        dailyBackups.start();
    }

    @FXML
    private void onRetryDailyBackup() {
        dailyBackups.takeNow();
    }

    @FXML
    private void onDismissBackupWarning() {
        showBackupWarning(false);
    }

    private void showBackupWarning(boolean show) {
        backupWarning.setVisible(show);
        backupWarning.setManaged(show);
    }

    private app.makegood.store.Database database;

    /** Edit ▸ Encrypt database… works once the database is open. */
    public void enableEncryption(app.makegood.store.Database database) {
        this.database = database;
    }

    @FXML
    private void onEncrypt() {
        if (fileOnlyOnTeam() || database == null) {
            return;
        }
        Messages m = services.messages();
        PassphraseDialogs.encrypt(stage, m, database.encrypted()).ifPresent(change -> {
            showList(); // saves and closes the open incident first
            swapping(() -> {
                database.changePassphrase(change.next());
                if (change.next() != null) {
                    java.util.Arrays.fill(change.next(), '\0');
                }
                if (backups != null) {
                    backups.refreshToday(); // today's backup was taken before: replace it with one like the file now
                }
                return database.encrypted();
            }).onSuccess(encrypted -> {
                showList();
                dialogs.info(m.get(encrypted ? "encrypt.done" : "encrypt.removed",
                        backups == null ? "" : backups.folder()));
            }).onError(e -> {
                showList();
                showError(e);
            }).start();
        });
    }

    /** The search index and what is due, read after the list so the list shows first. */
    private void reloadReview() {
        services.background().run(() -> SearchAndDue.load(services.repository(), services.letters().log(),
                        LocalDate.now(services.clock()), services.clock().getZone()))
                .onSuccess(read -> {
                    listModel.setSearchIndex(read.index(), read.searchTexts());
                    dueModel.setAll(read.due());
                    listModel.dueCountProperty().set(read.due().size());
                })
                .onError(this::showError)
                .start();
    }

    @Override
    public void showDue() {
        closeWizard();
        FXMLLoader loader = loader("review/DueView.fxml");
        Parent view = load(loader);
        DueController controller = loader.getController();
        controller.init(dueModel, services.messages(), LocalDate.now(services.clock()), this::openDue);
        content.getChildren().setAll(view);
        reloadReview();
        controller.focus();
    }

    /** A due item opens where it is done; a letter to send opens Letters on that kind of letter. */
    private void openDue(String incidentId, DueKind kind) {
        openThen(incidentId, vm -> kind.letter().ifPresentOrElse(vm::writeLetter, () -> vm.goTo(kind.step())));
    }

    private void openThen(String incidentId, Consumer<WizardViewModel> then) {
        services.background().run(() -> services.repository().findStored(incidentId))
                .onSuccess(found -> found.ifPresent(incident -> {
                    showWizard(incident);
                    open.ifPresent(o -> then.accept(o.vm()));
                }))
                .onError(this::showError)
                .start();
    }

    @FXML
    private void onShowDue() {
        showDue();
    }

    private FileChooser.ExtensionFilter backupFilter() {
        return new FileChooser.ExtensionFilter(services.messages().get("backup.filter"), "*.zip");
    }

    @FXML
    private void onBackup() {
        if (fileOnlyOnTeam() || backups == null) {
            return;
        }
        String name = services.messages().get("backup.fileName", LocalDate.now(services.clock()));
        services.files().save(stage, name, backupFilter()).ifPresent(file -> {
            open.ifPresent(o -> {
                o.controller().commitEdits();
                o.autosave().saveNow();
            });
            services.background().run(() -> {
                backups.backupTo(file);
                return file;
            }).onSuccess(f -> dialogs.info(services.messages().get("backup.done", f)))
                    .onError(this::showError).start();
        });
    }

    /**
     * Restores a backup in place: it is checked (measured, unzipped, opened, migrated and read in full) and shown
     * first, with Cancel as the default; after the owner confirms, the open incident is saved and closed, the
     * current state is backed up, and the database is swapped on the worker thread, so no other store work runs
     * meanwhile. Then everything is read again.
     */
    @FXML
    private void onRestore() {
        if (fileOnlyOnTeam() || backups == null) {
            return;
        }
        Optional<Path> file = services.files().open(stage, backupFilter());
        if (file.isEmpty()) {
            return;
        }
        services.background().run(() -> backups.inspect(file.get()))
                .onSuccess(this::confirmRestore)
                .onError(this::showError)
                .start();
    }

    private void confirmRestore(Backups.Inspected backup) {
        Messages m = services.messages();
        String when = Dates.local().moment(backup.takenAt().atZone(services.clock().getZone()));
        String titles = backup.newestTitles().isEmpty() ? m.get("restore.none") : backup.newestTitles().stream()
                .map(t -> "\u2022 " + (t.isBlank() ? m.get("list.untitled") : t))
                .collect(Collectors.joining("\n", "\n", ""));
        String question = backup.empty() ? m.get("restore.confirmEmpty", when, backups.folder())
                : m.get("restore.confirm", when, backup.incidents(), titles, backups.folder());
        if (!dialogs.confirmReplacing(question)) {
            services.background().run(() -> {
                backups.discard(backup);
                return null;
            }).start();
            return;
        }
        showList();
        swapping(() -> backups.restore(backup))
                .onSuccess(before -> {
                    showList();
                    reloadStoredSettings();
                    dialogs.info(m.get("restore.done", before));
                })
                .onError(e -> {
                    showList();
                    showError(e);
                })
                .start();
    }

    /**
     * Runs store work that swaps the database file (a restore, a new passphrase) on the store's worker while the
     * letters' worker waits: a mail going out at that moment would lose its record, or be sent twice.
     */
    private <T> Background.Job<T> swapping(Callable<T> work) {
        return services.letters().work().run(() -> services.background().run(work).start().get());
    }

    /** After a restore: the profile and business figures come from the restored database. */
    private void reloadStoredSettings() {
        services.background().run(figures()::load)
                .onSuccess(loaded -> amendsDefaults = loaded)
                .onError(this::showError)
                .start();
        services.background().run(services.profiles()::load)
                .onSuccess(profile::set)
                .onError(this::showError)
                .start();
    }

    // --- review dashboard (issue 7, patterns): View ▸ Review

    private final PatternsViewModel patternsModel = new PatternsViewModel();

    @FXML
    private void onShowReview() {
        closeWizard();
        FXMLLoader loader = loader("review/PatternsView.fxml");
        Parent view = load(loader);
        PatternsController controller = loader.getController();
        controller.init(patternsModel, new PatternsController.Services(services.repository(), services.background(),
                services.files(), services.clock(), services.messages(), Locale.getDefault(), () -> amendsDefaults,
                dialogs::info, this::showError));
        content.getChildren().setAll(view);
        controller.reload();
        controller.focus();
    }
}
