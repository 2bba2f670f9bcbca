package app.makegood.ui.incidents;

import app.makegood.domain.Category;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.Severity;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.NoticeClock;
import app.makegood.domain.Span;
import app.makegood.domain.UpdateCadence;
import app.makegood.ui.Choices;
import app.makegood.ui.DatePickers;
import app.makegood.ui.NoticeTexts;
import app.makegood.ui.Messages;
import app.makegood.ui.StatusBadge;
import app.makegood.ui.Tables;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

/** The main list of incidents with search, the empty-state invitation and the row actions. */
public final class IncidentListController {
    private static final DateTimeFormatter DATE = app.makegood.domain.Dates.local().dayFormat();

    @FXML private TextField search;
    @FXML private Button deleteButton;
    @FXML private Label countLabel;
    @FXML private TableView<IncidentSummary> table;
    @FXML private TableColumn<IncidentSummary, String> titleColumn;
    @FXML private TableColumn<IncidentSummary, String> categoryColumn;
    @FXML private TableColumn<IncidentSummary, String> severityColumn;
    @FXML private TableColumn<IncidentSummary, IncidentStatus> statusColumn;
    @FXML private TableColumn<IncidentSummary, LocalDate> openedColumn;
    @FXML private TableColumn<IncidentSummary, Integer> customersColumn;
    @FXML private TableColumn<IncidentSummary, LocalDate> followUpColumn;
    @FXML private TableColumn<IncidentSummary, IncidentSummary> noticeColumn;
    @FXML private TableColumn<IncidentSummary, IncidentSummary> nextUpdateColumn;
    @FXML private TableColumn<IncidentSummary, IncidentSummary> resolveColumn;
    @FXML private VBox emptyState;
    @FXML private Label noMatch;
    @FXML private Button dueBadge;
    @FXML private ComboBox<Optional<IncidentStatus>> statusFilter;
    @FXML private ComboBox<Optional<Category>> categoryFilter;
    @FXML private ComboBox<Optional<Severity>> severityFilter;
    @FXML private DatePicker openedFrom;
    @FXML private DatePicker openedTo;
    @FXML private Hyperlink clearFilters;

    private Actions actions;
    private Messages messages;
    private IncidentListViewModel vm;

    /** What the list asks its owner to do. */
    public interface Actions {
        void newIncident();

        void openSample();

        void open(String incidentId);

        void delete(IncidentSummary incident);

        /** View ▸ Due, from the badge on the list. */
        default void showDue() {
        }
    }

    public void init(IncidentListViewModel vm, Messages messages, ZoneId zone, Actions actions) {
        this.actions = actions;
        this.vm = vm;
        search.textProperty().bindBidirectional(vm.queryProperty());
        showFilters(vm, messages, zone);
        Tables.show(table, vm.shown(), titleColumn);
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().title().isBlank() ? messages.get("list.untitled") : c.getValue().title()));
        titleColumn.setCellFactory(col -> new TitleCell(vm, messages));
        // A row's "matched: ..." note depends on the query, not on the row: redraw the rows on screen as it changes.
        vm.queryProperty().addListener(x -> table.refresh());
        categoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label("category", c.getValue().category())));
        severityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.label("severity", c.getValue().severity())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        this.messages = messages;
        openedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().openedAt().atZone(zone).toLocalDate()));
        openedColumn.setCellFactory(col -> new DateCell());
        customersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().customersAffected()));
        followUpColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextFollowUp().orElse(null)));
        followUpColumn.setCellFactory(col -> new FollowUpCell(LocalDate.now(zone)));
        statusColumn.setCellFactory(col -> new StatusCell());
        showNotice(new NoticeTexts(messages, zone), Clock.system(zone));
        showTimeToResolve(Clock.system(zone));

        table.setRowFactory(t -> {
            TableRow<IncidentSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.open(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            IncidentSummary selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                actions.open(selected.id());
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                actions.delete(selected);
            }
        });
        // Down goes to the results; Enter opens the top one.
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                e.consume();
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !table.getItems().isEmpty()) {
                e.consume();
                actions.open(table.getItems().get(0).id());
            }
        });
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        emptyState.visibleProperty().bind(vm.emptyProperty());
        noMatch.textProperty().bind(Bindings.createStringBinding(
                () -> vm.queryProperty().get().isBlank() && vm.filteredProperty().get()
                        ? messages.get("list.noMatch.filters") : messages.get("list.noMatch", vm.queryProperty().get()),
                vm.queryProperty(), vm.filteredProperty()));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("list.count", vm.shown().size()), vm.shown()));
        search.setPromptText(messages.get("list.search.prompt.all"));
        dueBadge.visibleProperty().bind(vm.dueCountProperty().greaterThan(0));
        dueBadge.managedProperty().bind(dueBadge.visibleProperty());
        dueBadge.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("list.due", Math.max(1, vm.dueCountProperty().get())), vm.dueCountProperty()));
        dueBadge.setOnAction(e -> actions.showDue());
    }

    /** Status, category, severity and the opened date range; they narrow what the search shows. */
    private void showFilters(IncidentListViewModel vm, Messages messages, ZoneId zone) {
        vm.setZone(zone);
        Choices.fillWithAny(statusFilter, messages, "status", IncidentStatus.class,
                messages.get("list.filter.anyStatus"), vm.statusFilterProperty());
        Choices.fillWithAny(categoryFilter, messages, "category", Category.class,
                messages.get("list.filter.anyCategory"), vm.categoryFilterProperty());
        Choices.fillWithAny(severityFilter, messages, "severity", Severity.class,
                messages.get("list.filter.anySeverity"), vm.severityFilterProperty());
        DatePickers.applyTo(openedFrom);
        DatePickers.applyTo(openedTo);
        openedFrom.valueProperty().bindBidirectional(vm.openedFromProperty());
        openedTo.valueProperty().bindBidirectional(vm.openedToProperty());
        clearFilters.visibleProperty().bind(vm.filteredProperty());
        clearFilters.managedProperty().bind(clearFilters.visibleProperty());
    }

    @FXML
    private void onClearFilters() {
        vm.clearFilters();
        search.requestFocus();
    }

    /**
     * The first-notice clock and the next update due, red when overdue. The table is redrawn every 30 seconds so
     * the clock moves while the list is open.
     */
    private void showNotice(NoticeTexts texts, Clock clock) {
        noticeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        noticeColumn.setCellFactory(col -> new TextCell((s, cell) -> {
            NoticeClock notice = s.noticeClock(clock.instant());
            cell.pseudoClassStateChanged(RUNNING, notice.running());
            String tip = texts.header(notice, "");
            cell.setTooltip(tip.isEmpty() ? null : new javafx.scene.control.Tooltip(tip));
            return texts.cell(notice);
        }));
        noticeColumn.setComparator((a, b) -> Boolean.compare(b.noticeClock(clock.instant()).running(),
                a.noticeClock(clock.instant()).running()));
        nextUpdateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nextUpdateColumn.setCellFactory(col -> new TextCell((s, cell) -> {
            Instant now = clock.instant();
            cell.pseudoClassStateChanged(FollowUpCell.OVERDUE, s.updateOverdue(now));
            return UpdateCadence.due(s.nextUpdateDue(), s.status()).map(texts::shortWhen).orElse("");
        }));
        nextUpdateColumn.setComparator((a, b) -> a.nextUpdateDue().orElse(Instant.MAX)
                .compareTo(b.nextUpdateDue().orElse(Instant.MAX)));
        javafx.animation.Timeline tick = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.seconds(30), e -> table.refresh()));
        tick.setCycleCount(javafx.animation.Animation.INDEFINITE);
        tick.play();
    }

    /** Time to resolve, or while unresolved "open 3 d so far"; sorted by how long, open ones as of now. */
    private void showTimeToResolve(Clock clock) {
        resolveColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        resolveColumn.setCellFactory(col -> new TextCell((s, cell) -> s.resolvedIn(clock.instant())
                .map(span -> s.milestones().resolvedAt().isPresent() ? span.text()
                        : messages.get("durations.open", span.text()))
                .orElse("")));
        resolveColumn.setComparator(Comparator.comparing((IncidentSummary s) -> s.resolvedIn(clock.instant())
                .map(Span::length).orElse(Duration.ZERO)));
    }

    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("notice-running");

    /** A cell whose text (and pseudo-classes) are worked out from the whole row. */
    /**
     * The title, and under it which field matched the search when the title does not show why ("matched: customer
     * Dana Ruiz"). Under, not beside: the title keeps the column's width, and only rows with a note grow taller.
     */
    private static final class TitleCell extends TableCell<IncidentSummary, String> {
        private final IncidentListViewModel vm;
        private final Messages messages;
        private final Label matched = new Label();

        TitleCell(IncidentListViewModel vm, Messages messages) {
            this.vm = vm;
            this.messages = messages;
            matched.getStyleClass().add("search-match");
            matched.setMinWidth(0); // never widens the column: a long note is cut, the tooltip has it whole
            setContentDisplay(ContentDisplay.BOTTOM);
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(String title, boolean empty) {
            super.updateItem(title, empty);
            IncidentSummary row = empty || getTableRow() == null ? null : getTableRow().getItem();
            Optional<String> why = Optional.ofNullable(row).flatMap(vm::matchedBeyondTitle).map(f -> messages.get(
                    "list.matched", messages.get("list.matched." + f.kind().name(), f.value())));
            setText(empty ? null : title);
            matched.setText(why.orElse(""));
            setGraphic(why.isPresent() ? matched : null);
            String whole = why.map(w -> title + "\n" + w).orElse(title);
            setTooltip(empty ? null : new Tooltip(whole));
        }
    }

    private static final class TextCell extends TableCell<IncidentSummary, IncidentSummary> {
        private final java.util.function.BiFunction<IncidentSummary, TableCell<?, ?>, String> text;

        TextCell(java.util.function.BiFunction<IncidentSummary, TableCell<?, ?>, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(IncidentSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                pseudoClassStateChanged(RUNNING, false);
                pseudoClassStateChanged(FollowUpCell.OVERDUE, false);
            } else {
                setText(text.apply(item, this));
            }
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void onNew() {
        actions.newIncident();
    }

    @FXML
    private void onSample() {
        actions.openSample();
    }

    @FXML
    private void onDelete() {
        IncidentSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            actions.delete(selected);
        }
    }

    /** Shows a date in the user's format; sorting still uses the date itself. */
    private static class DateCell extends TableCell<IncidentSummary, LocalDate> {
        @Override
        protected void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : DATE.format(item));
        }
    }

    /** A follow-up date, marked when it has passed. */
    private static final class FollowUpCell extends DateCell {
        private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
        private final LocalDate today;

        FollowUpCell(LocalDate today) {
            this.today = today;
        }

        @Override
        protected void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(OVERDUE, !empty && item != null && item.isBefore(today));
        }
    }

    /** The status as a coloured badge, the same as in the wizard header. */
    private final class StatusCell extends TableCell<IncidentSummary, IncidentStatus> {
        private final Label badge = new Label();

        @Override
        protected void updateItem(IncidentStatus item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            StatusBadge.show(badge, item, messages);
            setGraphic(badge);
        }
    }
}
