package app.makegood.ui.wizard;

import app.makegood.domain.IncidentStatus;
import app.makegood.domain.OfferState;
import app.makegood.domain.coach.ApologyChecker;
import app.makegood.domain.coach.BlamelessCheck;
import app.makegood.domain.coach.Finding;
import app.makegood.domain.coach.FindingSeverity;
import app.makegood.domain.coach.LetterPart;
import app.makegood.domain.coach.Rewrite;
import app.makegood.domain.coach.Rule;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The apology coach as the wizard sees it: the findings for each part of the letter the owner is writing,
 * without the ones they dismissed, and the letter's checklist. Refreshed by the view after typing pauses.
 */
public final class LetterCoach {
    /** The parts the wizard lets the owner write, with the text each is kept in. */
    private final Map<LetterPart, StringProperty> texts = new EnumMap<>(LetterPart.class);
    private final Map<LetterPart, ObservableList<Finding>> findings = new EnumMap<>(LetterPart.class);
    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>();
    private final WizardViewModel vm;
    private CoachEngine engine = CoachEngine.INLINE;
    /** The business's and the signer's names, never spelling mistakes; the customers' come from the wizard. */
    private List<String> ownNames = List.of();
    /** Only the newest check may show its findings: an older one read text that has changed since. */
    private long generation;

    /**
     * How far the letter has come on the five steps, how many problems the coach still sees, and how many
     * spelling and grammar slips (never counted as problems).
     */
    public record Checklist(boolean admitted, boolean thanked, boolean explained, boolean amendsOffered,
                            boolean fixProven, int openProblems, int languageSlips) {
    }

    LetterCoach(WizardViewModel vm) {
        this.vm = vm;
        texts.put(LetterPart.ADMIT, vm.admitProperty());
        texts.put(LetterPart.THANK, vm.thankProperty());
        texts.put(LetterPart.EXPLAIN, vm.explainProperty());
        texts.keySet().forEach(part -> findings.put(part, FXCollections.observableArrayList()));
    }

    public ObservableList<Finding> findings(LetterPart part) {
        return findings.get(part);
    }

    public ReadOnlyObjectProperty<Checklist> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    /** Checks on {@code engine} from now on, and again once its spelling and grammar have loaded. */
    public void useEngine(CoachEngine engine, List<String> ownNames) {
        this.engine = engine;
        this.ownNames = List.copyOf(ownNames);
        engine.whenReady(this::refresh);
        refresh();
    }

    private ApologyChecker checker() {
        List<String> names = new ArrayList<>(ownNames);
        vm.customers().forEach(c -> names.add(c.nameProperty().get()));
        return new ApologyChecker(engine.grammar()).withNames(names);
    }

    /**
     * Checks the letter again, on the engine's thread; the findings arrive when it is done, unless a newer
     * check has started. Missing-part findings wait until the owner has started that part.
     */
    public void refresh() {
        Map<LetterPart, String> letter = new EnumMap<>(LetterPart.class);
        texts.forEach((part, text) -> letter.put(part, text.get()));
        boolean fixed = vm.statusProperty().get().compareTo(IncidentStatus.FIXED) >= 0;
        ApologyChecker checker = checker();
        long mine = ++generation;
        engine.check(() -> checker.checkAll(letter, fixed), all -> {
            if (mine == generation) {
                show(letter, all);
            }
        });
    }

    private void show(Map<LetterPart, String> letter, List<Finding> found) {
        List<Finding> all = found.stream().filter(f -> !vm.dismissedFindings().contains(f.key())).toList();
        texts.forEach((part, text) -> findings.get(part).setAll(all.stream()
                .filter(f -> f.part() == part && !letter.get(part).isBlank())
                .toList()));
        int open = (int) findings.values().stream().flatMap(List::stream)
                .filter(f -> f.severity() == FindingSeverity.PROBLEM).count();
        int slips = (int) findings.values().stream().flatMap(List::stream)
                .filter(f -> f.severity() == FindingSeverity.LANGUAGE).count();
        checklist.set(new Checklist(
                startedWithout(LetterPart.ADMIT, all, Rule.MISSING_APOLOGY),
                startedWithout(LetterPart.THANK, all, Rule.MISSING_THANKS),
                startedWithout(LetterPart.EXPLAIN, all, Rule.MISSING_ACTION),
                vm.customers().stream().anyMatch(c -> c.offerStateProperty().get() != OfferState.NOT_OFFERED),
                vm.statusProperty().get().compareTo(IncidentStatus.FIX_PROVEN) >= 0,
                open, slips));
    }

    private boolean startedWithout(LetterPart part, List<Finding> all, Rule missing) {
        return !texts.get(part).get().isBlank() && all.stream().noneMatch(f -> f.part() == part && f.rule() == missing);
    }

    /**
     * Applies a finding's rewrite to its part; the text controls keep it undoable. The finding may be a
     * moment old (the coach reads after a pause), so it is found again in the text as it is now.
     */
    public void apply(Finding finding) {
        StringProperty text = texts.get(finding.part());
        String now = text.get();
        if (finding.suggestion().isPresent() && finding.end() <= now.length()
                && now.substring(finding.start(), finding.end()).equals(finding.text())) {
            text.set(Rewrite.apply(now, finding)); // still where it was found: no need to read the letter again
            refresh();
            return;
        }
        new ApologyChecker().check(finding.part(), now).stream()
                .filter(f -> f.key().equals(finding.key()) && f.suggestion().isPresent())
                .min(Comparator.comparingInt(f -> Math.abs(f.start() - finding.start())))
                .ifPresent(found -> text.set(Rewrite.apply(text.get(), found)));
        refresh();
    }

    /**
     * The coach's findings on one customer's offer note. A note that promises a refund needs no figure in
     * its words when the amount field holds one.
     */
    public List<Finding> offerNoteFindings(String note, boolean hasAmount) {
        return new ApologyChecker().checkAll(Map.of(LetterPart.AMENDS, note), false).stream()
                .filter(f -> f.part() == LetterPart.AMENDS)
                .filter(f -> !(hasAmount && f.rule() == Rule.AMENDS_WITHOUT_VALUE))
                .filter(f -> !vm.dismissedFindings().contains(f.key()))
                .toList();
    }

    /** Blame in one answer of the five whys: a person named as the cause instead of a process. */
    public List<Finding> blameFindings(String answer) {
        return BlamelessCheck.check(answer);
    }

    public void dismiss(Finding finding) {
        vm.dismissedFindings().add(finding.key());
        refresh();
    }
}
