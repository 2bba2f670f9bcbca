package app.makegood.ui.wizard;

import app.makegood.domain.Category;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Discoverer;
import app.makegood.domain.FirstNotice;
import app.makegood.domain.FiveWhys;
import app.makegood.domain.Ids;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentTimes;
import app.makegood.domain.Milestones;
import app.makegood.domain.Moment;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.SameCustomer;
import app.makegood.domain.Severity;
import app.makegood.domain.NoticeChannel;
import app.makegood.domain.NoticeClock;
import app.makegood.domain.StatusRules;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.UpdateCadence;
import app.makegood.domain.WhyStep;
import app.makegood.domain.letters.FollowUp;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * State of the incident wizard: the current step and every field of the incident being edited.
 * Knows nothing of controls; each change bumps {@link #revisionProperty()} so autosave can follow.
 */
public final class WizardViewModel {
    public static final int STEP_COUNT = 7;
    public static final int LETTERS_STEP = 6;
    static final int WHAT_HAPPENED_STEP = 0;
    static final int EXPLAIN_STEP = 3;
    static final int AMENDS_STEP = 4;
    static final int PROVE_STEP = 5;

    private final Clock clock;
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    /** What the owner had typed differently from the version reloaded after someone else's save, to copy back. */
    private final ReadOnlyStringWrapper setAside = new ReadOnlyStringWrapper("");

    private String id;
    private Instant createdAt;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(Category.OTHER);
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.MODERATE);
    private final ReadOnlyObjectWrapper<IncidentStatus> status = new ReadOnlyObjectWrapper<>(IncidentStatus.OPEN);
    /** A closed incident opens read-only, until the user chooses to edit it for this opening. */
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final DateTimeInput happened;
    private final DateTimeInput discovered;
    private final ObjectProperty<Discoverer> discoveredBy = new SimpleObjectProperty<>(Discoverer.US);
    private final ReadOnlyObjectWrapper<Instant> firstNotice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<NoticeChannel> firstNoticeHow = new ReadOnlyObjectWrapper<>();
    private final DateTimeInput nextUpdateDue;
    // Incident times (issue 17): restored and resolved, which times are estimates, and where they were recorded.
    private final DateTimeInput restored;
    private final DateTimeInput resolved;
    private final Map<Moment, BooleanProperty> approximate = new EnumMap<>(Moment.class);
    private Optional<ZoneId> timesZone = Optional.empty();
    private final StringProperty admit = new SimpleStringProperty("");
    private final StringProperty thank = new SimpleStringProperty("");
    private final StringProperty explain = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    /** What the public incident page says happened; empty: drawn from Explain when the page is written. */
    private final StringProperty publicText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> followUpDue = new SimpleObjectProperty<>();
    private final ObservableList<CustomerRow> customers = FXCollections.observableArrayList(CustomerRow::observables);
    private final ObservableList<UpdateRow> updates = FXCollections.observableArrayList(UpdateRow::observables);
    private final ObservableList<WhyRow> whys = FXCollections.observableArrayList(WhyRow::observables);
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList(ActionRow::observables);
    private final ObservableSet<String> dismissed = FXCollections.observableSet(new TreeSet<>());
    private final PostmortemNotesModel notes = new PostmortemNotesModel();
    private final ObservableMap<String, Integer> otherIncidents = FXCollections.observableHashMap();
    /** Letters that left the app: their own history, stored as they go out, never by the autosave. */
    private final ObservableList<LetterRecord> letters = FXCollections.observableArrayList();
    private final ObjectProperty<LetterKind> lettersKindRequest = new SimpleObjectProperty<>();
    private final LetterCoach coach;
    private final AmendsModel amends;
    private final BooleanBinding canGoBack = step.greaterThan(0);
    private final BooleanBinding canGoNext = step.lessThan(STEP_COUNT - 1);
    private boolean loading;

    public WizardViewModel(Clock clock) {
        this.clock = clock;
        this.happened = new DateTimeInput(clock.getZone());
        this.discovered = new DateTimeInput(clock.getZone());
        this.nextUpdateDue = new DateTimeInput(clock.getZone());
        this.restored = new DateTimeInput(clock.getZone());
        this.resolved = new DateTimeInput(clock.getZone());
        List<Observable> times = new ArrayList<>(List.of(firstNotice, happened.dateProperty(), happened.timeProperty(),
                discovered.dateProperty(), discovered.timeProperty(), restored.dateProperty(), restored.timeProperty(),
                resolved.dateProperty(), resolved.timeProperty()));
        for (Moment m : Moment.values()) {
            approximate.put(m, new SimpleBooleanProperty());
            times.add(approximate.get(m));
        }
        // Times typed or marked here are in this computer's zone: that is the zone they are now recorded in.
        for (Observable o : times) {
            o.addListener(x -> {
                if (!loading) {
                    timesZone = Optional.of(clock.getZone());
                }
                changed();
            });
        }
        Observable[] tracked = {firstNoticeHow, nextUpdateDue.dateProperty(), nextUpdateDue.timeProperty(), title, category, severity, status,
            discoveredBy, admit, thank, explain, problem,
            followUpDue, customers, updates, whys, actions, dismissed};
        for (Observable o : tracked) {
            o.addListener(x -> changed());
        }
        for (Observable o : notes.observables()) {
            o.addListener(x -> changed());
        }
        publicText.addListener(x -> changed());
        updates.addListener((ListChangeListener<UpdateRow>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(row -> row.sentProperty().addListener((obs, was, sent) -> {
                    if (sent && !was && !loading) {
                        updateSent();
                    }
                }));
            }
        });
        // Mail going out now is a first notice, a file saved is not (see letterWentOut); the history read when the
        // incident opens is not a change.
        letters.addListener((ListChangeListener<LetterRecord>) c -> {
            while (c.next() && !loading) {
                c.getAddedSubList().forEach(r -> notice(FirstNotice.letter(r.format(), r.at(), false)));
            }
        });
        coach = new LetterCoach(this);
        amends = new AmendsModel(customers, Locale.getDefault());
        load(Incident.blank(clock.instant()));
    }

    /** Shows the letters already recorded for this incident; reading them is not a change to save. */
    public void loadLetters(List<LetterRecord> recorded) {
        loading = true;
        try {
            letters.setAll(recorded);
        } finally {
            loading = false;
        }
    }

    /** Replaces everything with the stored incident; loading is not a change to save. */
    public void load(Incident i) {
        loading = true;
        try {
            id = i.id();
            createdAt = i.createdAt();
            title.set(i.title());
            category.set(i.category());
            severity.set(i.severity());
            status.set(i.status());
            readOnly.set(i.status() == IncidentStatus.CLOSED);
            happened.set(i.happenedAt());
            discovered.set(i.discoveredAt());
            discoveredBy.set(i.discoveredBy());
            firstNotice.set(i.firstNoticeAt().orElse(null));
            firstNoticeHow.set(i.firstNoticeHow().orElse(null));
            nextUpdateDue.set(i.nextUpdateDue());
            restored.set(i.milestones().restoredAt());
            resolved.set(i.milestones().resolvedAt());
            approximate.forEach((m, p) -> p.set(i.milestones().isApproximate(m)));
            timesZone = i.milestones().zone();
            admit.set(i.admit());
            thank.set(i.thank());
            explain.set(i.explain());
            publicText.set(i.publicText());
            problem.set(i.problem());
            followUpDue.set(i.followUpDue().orElse(null));
            customers.setAll(i.customers().stream().map(CustomerRow::new).toList());
            updates.setAll(i.updates().stream().map(UpdateRow::new).toList());
            whys.setAll(i.whys().stream().map(WhyRow::new).toList());
            actions.setAll(i.actions().stream().map(a -> new ActionRow(a, clock)).toList());
            dismissed.clear();
            dismissed.addAll(i.dismissedFindings());
            notes.load(i.postmortemNotes());
            step.set(0);
            saveState.set(SaveState.SAVED);
            coach.refresh();
        } finally {
            loading = false;
        }
    }

    /** The incident as it stands now; fields the user is still correcting keep their last valid value. */
    public Incident snapshot() {
        return new Incident(id, title.get(), category.get(), severity.get(), status.get(), happened.value(),
                discovered.value(), discoveredBy.get(), firstNoticeAt(), admit.get(), thank.get(), explain.get(),
                updates.stream().map(UpdateRow::toDomain).toList(),
                customers.stream().map(CustomerRow::toDomain).toList(),
                problem.get(), whySteps(), actions.stream().map(ActionRow::toDomain).toList(),
                Optional.ofNullable(followUpDue.get()), createdAt, List.copyOf(dismissed), nextUpdateDue.value(),
                firstNoticeHow(), notes.toDomain(), milestones(), publicText.get());
    }

    private Milestones milestones() {
        Set<Moment> estimates = EnumSet.noneOf(Moment.class);
        approximate.forEach((m, p) -> {
            if (p.get()) {
                estimates.add(m);
            }
        });
        return new Milestones(restored.value(), resolved.value(), estimates, timesZone);
    }

    private void changed() {
        if (!loading) {
            revision.set(revision.get() + 1);
            if (saveState.get() != SaveState.CHANGED_ELSEWHERE) { // saving waits for the reload
                saveState.set(SaveState.PENDING);
            }
        }
    }

    // --- navigation

    public void next() {
        if (canGoNext.get()) {
            step.set(step.get() + 1);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            step.set(step.get() - 1);
        }
    }

    public void goTo(int target) {
        step.set(Math.max(0, Math.min(STEP_COUNT - 1, target)));
    }

    /** Whether a step already holds the user's work, for the tick in the step indicator. */
    public boolean isStepFilled(int index) {
        return switch (index) {
            case 0 -> !title.get().isBlank();
            case 1 -> !admit.get().isBlank();
            case 2 -> !thank.get().isBlank();
            case 3 -> !explain.get().isBlank();
            case 4 -> customers.stream().anyMatch(c -> c.offerAmount().value().isPresent()
                    || !c.offerNoteProperty().get().isBlank());
            case 5 -> whys.stream().anyMatch(w -> !w.answerProperty().get().isBlank());
            case LETTERS_STEP -> !letters.isEmpty();
            default -> false;
        };
    }

    // --- status

    /**
     * Moves the incident one status forward, unless something blocks it (returned in plain words, nothing
     * changed). Moving to "Customers told" this way stamps the first notice now, how not said; the window asks
     * when and how instead, through {@link #customersTold}.
     */
    public List<String> advanceStatus() {
        Optional<IncidentStatus> next = status.get().next();
        if (next.isEmpty()) {
            return List.of();
        }
        List<String> blockers = StatusRules.blockers(snapshot(), next.get());
        if (blockers.isEmpty()) {
            status.set(next.get());
            if (next.get() == IncidentStatus.CUSTOMERS_TOLD) {
                notice(FirstNotice.told(clock.instant(), null));
            }
        }
        return blockers;
    }

    /** The status the incident may move back to (see {@link StatusRules#backTo}); empty when it may not. */
    public Optional<IncidentStatus> previousStatus() {
        return StatusRules.backTo(snapshot());
    }

    /** Whether moving back now also takes the resolved time away ({@link StatusRules#unresolves}). */
    public boolean movingBackUnresolves() {
        return resolved.value().isPresent()
                && previousStatus().filter(to -> StatusRules.unresolves(status.get(), to)).isPresent();
    }

    /** Moves the incident one status back, clearing the resolved time when it is no longer resolved. */
    public void moveStatusBack() {
        previousStatus().ifPresent(to -> {
            if (StatusRules.unresolves(status.get(), to)) {
                resolved.set(Optional.empty());
                approximate.get(Moment.RESOLVED).set(false);
            }
            status.set(to);
        });
    }

    // --- keeping customers posted

    /** The owner says customers were told at {@code at}, by {@code how}: the first notice, unless one came earlier. */
    public void customersTold(Instant at, NoticeChannel how) {
        notice(FirstNotice.told(at, how));
    }

    /** The owner says a letter saved as a file (PDF or email draft) went to the customer, when it was saved. */
    public void letterWentOut(LetterRecord r) {
        notice(FirstNotice.letter(r.format(), r.at(), true));
    }

    /** The owner corrects when and how customers were first told. */
    public void correctFirstNotice(Instant at, NoticeChannel how) {
        notice(FirstNotice.corrected(at, how));
    }

    /**
     * Customers may have heard from us: {@link FirstNotice} decides whether that stamps (or moves) the first notice
     * and the status. Once they have been told, the next update is planned if none is.
     */
    private void notice(FirstNotice.Event e) {
        FirstNotice before = new FirstNotice(firstNoticeAt(), firstNoticeHow(), status.get());
        FirstNotice after = before.after(e);
        if (after.equals(before)) {
            return;
        }
        firstNotice.set(after.at().orElse(null));
        firstNoticeHow.set(after.how().orElse(null));
        status.set(after.status());
        if (nextUpdateDue.value().isEmpty()) {
            Instant now = clock.instant();
            nextUpdateDue.set(Optional.of(UpdateCadence.suggestedNext(severity.get(), e.at().isAfter(now) ? e.at() : now)));
        }
    }

    /** An update was marked sent now: it may be the first notice, and the next one is due by the cadence. */
    private void updateSent() {
        Instant now = clock.instant();
        notice(FirstNotice.updateSent(now));
        nextUpdateDue.set(Optional.of(UpdateCadence.suggestedNext(severity.get(), now)));
    }

    /** The first-notice clock as of now. */
    public NoticeClock noticeClock() {
        return NoticeClock.of(discovered.value().orElse(createdAt), discoveredBy.get(), firstNoticeAt(), status.get(),
                clock.instant());
    }

    /** When the next update is owed, if one is planned and still owed at this status. */
    public Optional<Instant> updateDue() {
        return UpdateCadence.due(nextUpdateDue.value(), status.get());
    }

    public boolean updateOverdue() {
        return UpdateCadence.isOverdue(nextUpdateDue.value(), status.get(), clock.instant());
    }

    /** The name of the customer who told us first, as far as the app knows: the first customer listed. */
    public String reportingCustomer() {
        return customers.stream().map(c -> c.nameProperty().get().strip()).filter(n -> !n.isEmpty()).findFirst()
                .orElse("");
    }

    /** When customers should next hear from us; editable on the Explain step. */
    public DateTimeInput nextUpdateDue() {
        return nextUpdateDue;
    }

    public ReadOnlyObjectProperty<Instant> firstNoticeProperty() {
        return firstNotice.getReadOnlyProperty();
    }

    public Instant now() {
        return clock.instant();
    }

    // --- lists

    public CustomerRow addCustomer() {
        CustomerRow row = new CustomerRow(AffectedCustomer.named("", ""));
        customers.add(row);
        return row;
    }

    /** How an import went: customers added, and those left out because their email was already here. */
    public record ImportSummary(int added, int alreadyHere) {
    }

    /**
     * Adds imported customers after the ones already in the table (nothing there is changed). With
     * {@code sameEmailSameCustomer}, a customer whose email is already in this incident is not added twice.
     */
    public ImportSummary addImported(List<AffectedCustomer> imported, boolean sameEmailSameCustomer) {
        Set<String> known = new HashSet<>();
        customers.forEach(c -> known.add(SameCustomer.key(c.emailProperty().get())));
        List<CustomerRow> added = new ArrayList<>();
        for (AffectedCustomer c : imported) {
            String email = SameCustomer.key(c.email());
            boolean duplicate = !email.isEmpty() && !known.add(email);
            if (!(sameEmailSameCustomer && duplicate)) {
                added.add(new CustomerRow(c));
            }
        }
        customers.addAll(added);
        return new ImportSummary(added.size(), imported.size() - added.size());
    }

    /** Gives every customer the same kind of offer, amount (with its period) and note as {@code model}. */
    public void applyOfferToAll(CustomerRow model) {
        for (CustomerRow c : customers) {
            c.offerKindProperty().set(model.offerKindProperty().get());
            c.offerAmount().textProperty().set(model.offerAmount().textProperty().get());
            c.offerPeriodProperty().set(model.offerPeriodProperty().get());
            c.offerPeriods().textProperty().set(model.offerPeriods().textProperty().get());
            c.offerNoteProperty().set(model.offerNoteProperty().get());
        }
    }

    public UpdateRow addUpdate(String text) {
        UpdateRow row = new UpdateRow(new StatusUpdate(Ids.newId(), clock.instant(), text, false));
        updates.add(0, row);
        return row;
    }

    public void addWhy() {
        String about = whys.isEmpty() ? problem.get() : whys.get(whys.size() - 1).answerProperty().get();
        setWhys(FiveWhys.insert(whySteps(), whys.size(), new WhyStep(FiveWhys.suggestedQuestion(about), "", false)));
    }

    public void removeWhy(int index) {
        setWhys(FiveWhys.remove(whySteps(), index));
    }

    public void moveWhy(int index, int delta) {
        setWhys(FiveWhys.move(whySteps(), index, delta));
    }

    public void markRootCause(int index) {
        setWhys(FiveWhys.markRootCause(whySteps(), index));
    }

    private List<WhyStep> whySteps() {
        return whys.stream().map(WhyRow::toDomain).toList();
    }

    private void setWhys(List<WhyStep> steps) {
        whys.setAll(steps.stream().map(WhyRow::new).toList());
    }

    public ActionRow addAction() {
        ActionRow row = new ActionRow(CorrectiveAction.planned(""), clock);
        actions.add(row);
        return row;
    }

    /** Whether any input is currently not valid and so is not being saved. */
    public boolean hasUnsavableInput() {
        return !unsavableByStep().isEmpty();
    }

    /** How many inputs are not valid now, and so not saved, on each step that has any, in step order. */
    public SortedMap<Integer, Long> unsavableByStep() {
        SortedMap<Integer, Long> out = new TreeMap<>();
        customers.forEach(c -> c.unsavableByStep().forEach((at, n) -> out.merge(at, n, Long::sum)));
        out.merge(WHAT_HAPPENED_STEP, Stream.of(happened, discovered, restored, resolved)
                .filter(t -> !t.isTimeValid()).count(), Long::sum);
        out.merge(EXPLAIN_STEP, nextUpdateDue.isTimeValid() ? 0L : 1L, Long::sum);
        out.merge(PROVE_STEP, notes.unsavableCount(), Long::sum);
        out.values().removeIf(n -> n == 0);
        return out;
    }

    // --- autosave bookkeeping, driven by the view's autosave

    public void markSaving() {
        saveState.set(SaveState.SAVING);
    }

    public void markSaved(long savedRevision) {
        if (savedRevision == revision.get()) {
            saveState.set(SaveState.SAVED);
            saveError.set("");
        }
    }

    public void markFailed(String reason) {
        saveState.set(SaveState.FAILED);
        saveError.set(reason);
    }

    /** Someone else saved this incident since it was opened: nothing more is saved until {@link #reloadTheirs}. */
    public void markChangedElsewhere(String reason) {
        saveError.set(reason); // first: the indicator reads it when the state changes
        saveState.set(SaveState.CHANGED_ELSEWHERE);
    }

    /**
     * Shows the incident as the other person saved it, on the same step; what this owner typed differently is kept
     * in {@link #setAsideProperty()} to copy back, so reloading never throws typing away.
     */
    public void reloadTheirs(Incident theirs) {
        String typed = SetAside.text(snapshot(), theirs);
        int at = step.get();
        load(theirs);
        step.set(at);
        saveError.set("");
        setAside.set(typed);
    }

    /** The incident was deleted meanwhile: what is here is saved again (there is nothing of theirs to show). */
    public void keepMine() {
        saveState.set(SaveState.PENDING);
        saveError.set("");
    }

    public ReadOnlyStringProperty setAsideProperty() {
        return setAside.getReadOnlyProperty();
    }

    // --- properties

    public String id() {
        return id;
    }

    public Optional<Instant> firstNoticeAt() {
        return Optional.ofNullable(firstNotice.get());
    }

    /** How customers were first told, when recorded. */
    public Optional<NoticeChannel> firstNoticeHow() {
        return Optional.ofNullable(firstNoticeHow.get());
    }

    public ReadOnlyObjectProperty<NoticeChannel> firstNoticeHowProperty() {
        return firstNoticeHow.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IncidentStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Label of the next status, or empty when the incident is closed. */
    public Optional<IncidentStatus> nextStatus() {
        return status.get().next();
    }

    /** True while a closed incident is shown for reading only. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Lets the user edit a closed incident, until it is opened again. */
    public void unlock() {
        readOnly.set(false);
    }

    public BooleanBinding closedProperty() {
        return Bindings.createBooleanBinding(() -> status.get().next().isEmpty(), status);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public DateTimeInput happened() {
        return happened;
    }

    public DateTimeInput discovered() {
        return discovered;
    }

    public DateTimeInput restored() {
        return restored;
    }

    public DateTimeInput resolved() {
        return resolved;
    }

    /** Whether the owner marked a time as an estimate. */
    public BooleanProperty approximateProperty(Moment m) {
        return approximate.get(m);
    }

    /** The incident's durations as they stand now (open so far is not one of them: the list shows that). */
    public IncidentTimes times() {
        return new IncidentTimes(happened.value(), discovered.value(), firstNoticeAt(), milestones());
    }

    /**
     * The owner says the incident was resolved at {@code at} (an estimate or not): asked when it is marked fixed or
     * later without a resolved time, so the time is a fact the owner gave, never stamped silently.
     */
    public void resolvedAt(Instant at, boolean estimate) {
        resolved.set(Optional.of(at));
        approximate.get(Moment.RESOLVED).set(estimate);
    }

    /** Whether moving on should ask when the incident was resolved: it is being marked fixed (or beyond) without it. */
    public boolean asksWhenResolved() {
        return resolved.value().isEmpty() && nextStatus().filter(s -> s.compareTo(IncidentStatus.FIXED) >= 0).isPresent();
    }

    public ObjectProperty<Discoverer> discoveredByProperty() {
        return discoveredBy;
    }

    public StringProperty admitProperty() {
        return admit;
    }

    public StringProperty thankProperty() {
        return thank;
    }

    public StringProperty explainProperty() {
        return explain;
    }

    public StringProperty publicTextProperty() {
        return publicText;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<LocalDate> followUpDueProperty() {
        return followUpDue;
    }

    public ObservableList<CustomerRow> customers() {
        return customers;
    }

    public ObservableList<UpdateRow> updates() {
        return updates;
    }

    public ObservableList<WhyRow> whys() {
        return whys;
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }

    /** The letters that went out about this incident, oldest first; filled in once looked up. */
    public ObservableList<LetterRecord> letters() {
        return letters;
    }

    /** The kind of letter to show when the Letters step opens next, as asked by another step. */
    public ObjectProperty<LetterKind> lettersKindRequest() {
        return lettersKindRequest;
    }

    /** Opens the Letters step on one kind of letter. */
    public void writeLetter(LetterKind kind) {
        lettersKindRequest.set(kind);
        goTo(LETTERS_STEP);
    }

    /** Whether the follow-up letter is due now: every action finished and none sent yet. */
    public boolean followUpProposed() {
        return FollowUp.isProposed(snapshot(), letters);
    }

    public Optional<Instant> followUpSentAt() {
        return FollowUp.sentAt(letters);
    }

    /** How many other incidents hit each customer of this one, by lower-case email; filled in once looked up. */
    public ObservableMap<String, Integer> otherIncidentsByEmail() {
        return otherIncidents;
    }

    /** Keys of coach findings the owner dismissed for this incident. */
    public ObservableSet<String> dismissedFindings() {
        return dismissed;
    }

    /** The postmortem notes of the Prove step. */
    public PostmortemNotesModel notes() {
        return notes;
    }

    public LetterCoach coach() {
        return coach;
    }

    public AmendsModel amends() {
        return amends;
    }
}
