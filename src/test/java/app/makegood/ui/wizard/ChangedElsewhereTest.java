package app.makegood.ui.wizard;

import app.makegood.domain.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static app.makegood.domain.SampleIncidents.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wizard when someone else saved its incident meanwhile (issue 19): nothing typed is thrown away. */
class ChangedElsewhereTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final String CHANGED = "Someone else changed this incident since you opened it.";
    private final WizardViewModel vm = new WizardViewModel(Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
    private final Incident opened = edit(Incident.blank(NOW), e -> e.title = "Wrong cake");

    @BeforeEach
    void open() {
        vm.load(opened);
    }

    /** Autosave stops on the conflict; typing on keeps the message up (no retry loop) and stays in the fields. */
    @Test
    void typingAfterTheConflictKeepsTheMessageAndTheText() {
        vm.admitProperty().set("We sent the wrong cake.");
        vm.markChangedElsewhere(CHANGED);
        vm.thankProperty().set("Thank you for telling us.");

        assertEquals(SaveState.CHANGED_ELSEWHERE, vm.saveStateProperty().get());
        assertEquals(CHANGED, vm.saveErrorProperty().get());
        assertEquals("We sent the wrong cake.", vm.snapshot().admit());
        assertEquals("Thank you for telling us.", vm.snapshot().thank());
    }

    /** The footer redraws when the state changes: the reason must already be there then. */
    @Test
    void theReasonIsSetBeforeTheStateChanges() {
        StringBuilder shown = new StringBuilder();
        vm.saveStateProperty().addListener(x -> shown.append(vm.saveErrorProperty().get()));
        vm.markChangedElsewhere(CHANGED);
        assertEquals(CHANGED, shown.toString());
    }

    @Test
    void reloadShowsTheirVersionOnTheSameStepAndSetsAsideWhatWasTypedDifferently() {
        vm.goTo(2);
        vm.admitProperty().set("We sent the wrong cake.");
        vm.thankProperty().set("Thanks.");
        vm.markChangedElsewhere(CHANGED);
        Incident theirs = edit(opened, e -> {
            e.thank = "Thanks.";
            e.explain = "The labels were swapped.";
        });

        vm.reloadTheirs(theirs);

        assertEquals(theirs.explain(), vm.snapshot().explain());
        assertEquals("", vm.snapshot().admit());
        assertEquals(2, vm.stepProperty().get());
        assertEquals(SaveState.SAVED, vm.saveStateProperty().get());
        assertEquals("", vm.saveErrorProperty().get());
        // Only what was typed differently: "Thanks." is the same in both, and Explain was left empty here.
        assertEquals("Admit:\nWe sent the wrong cake.", vm.setAsideProperty().get());
    }
}
