package app.makegood.ui.wizard;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmortemNotesModelTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final WizardViewModel vm = new WizardViewModel(Clock.fixed(NOW, ZoneId.of("Europe/London")));
    private final Incident rich = SampleIncidents.rich("Burnt cakes", NOW);

    @Test
    void theNotesLoadAndComeBackUnchanged() {
        vm.load(rich);
        assertEquals(rich.postmortemNotes(), vm.snapshot().postmortemNotes());
        assertEquals(PostmortemNotesModel.SECTIONS, vm.notes().filledSections());
    }

    @Test
    void anyEditInTheNotesIsAChangeToSave() {
        vm.load(rich);
        long before = vm.revisionProperty().get();
        vm.notes().factors().get(0).whys().get(1).answerProperty().set("Nobody planned the rota.");
        assertTrue(vm.revisionProperty().get() > before, "a factor's why");
        before = vm.revisionProperty().get();
        vm.notes().links().get(1).labelProperty().set("Photos");
        assertTrue(vm.revisionProperty().get() > before, "a link's label");
        assertEquals("Nobody planned the rota.", vm.snapshot().postmortemNotes().factors().get(0).whys().get(1).answer());
    }

    @Test
    void aCountOfPeopleStillBeingTypedKeepsTheLastWholeNumber() {
        vm.load(rich);
        vm.notes().peopleAffected().textProperty().set("12.5");
        assertTrue(vm.hasUnsavableInput());
        assertEquals(Optional.of(1200L), vm.snapshot().postmortemNotes().peopleAffected());
        vm.notes().peopleAffected().textProperty().set("13");
        assertFalse(vm.hasUnsavableInput());
        assertEquals(Optional.of(13L), vm.snapshot().postmortemNotes().peopleAffected());
        vm.notes().peopleAffected().textProperty().set("");
        assertEquals(Optional.empty(), vm.snapshot().postmortemNotes().peopleAffected());
    }

    @Test
    void aFactorAsksWhyAboutItselfThenAboutTheLastAnswer() {
        FactorRow row = vm.notes().addFactor();
        row.factorProperty().set("Saturday rush");
        row.addWhy();
        row.whys().get(0).answerProperty().set("Two weddings on one day.");
        row.addWhy();
        assertEquals("Why? (Saturday rush)", row.whys().get(0).questionProperty().get());
        assertEquals("Why? (Two weddings on one day)", row.whys().get(1).questionProperty().get());
    }
}
