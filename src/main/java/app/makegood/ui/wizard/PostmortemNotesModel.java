package app.makegood.ui.wizard;

import app.makegood.domain.ContributingFactor;
import app.makegood.domain.PostmortemNotes;
import app.makegood.domain.SupportingLink;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Prove step's postmortem notes as the owner edits them. A figure that is not a number yet keeps its last
 * valid value, as amounts elsewhere in the wizard do; links are kept as typed.
 */
public final class PostmortemNotesModel {
    /** Trigger, factors, impact, went well, went wrong, lucky, lessons, links. */
    public static final int SECTIONS = 8;

    private final StringProperty trigger = new SimpleStringProperty("");
    private final ObservableList<FactorRow> factors = FXCollections.observableArrayList(FactorRow::observables);
    private final StringProperty impact = new SimpleStringProperty("");
    private final DecimalInput peopleAffected = new DecimalInput();
    private final DecimalInput moneyLost = new DecimalInput();
    private final StringProperty wentWell = new SimpleStringProperty("");
    private final StringProperty wentWrong = new SimpleStringProperty("");
    private final StringProperty gotLucky = new SimpleStringProperty("");
    private final StringProperty lessons = new SimpleStringProperty("");
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList(LinkRow::observables);
    private Optional<Long> lastPeople = Optional.empty();

    public PostmortemNotesModel() {
        peopleAffected.textProperty().addListener(x -> lastPeople = people());
    }

    /** Everything whose change is a change to save. */
    Observable[] observables() {
        return new Observable[] {trigger, factors, impact, peopleAffected.textProperty(), moneyLost.textProperty(),
            wentWell, wentWrong, gotLucky, lessons, links};
    }

    void load(PostmortemNotes n) {
        trigger.set(n.trigger());
        factors.setAll(n.factors().stream().map(FactorRow::new).toList());
        impact.set(n.impact());
        peopleAffected.set(n.peopleAffected().map(BigDecimal::valueOf));
        moneyLost.set(n.moneyLost());
        wentWell.set(n.wentWell());
        wentWrong.set(n.wentWrong());
        gotLucky.set(n.gotLucky());
        lessons.set(n.lessons());
        links.setAll(n.links().stream().map(LinkRow::new).toList());
    }

    public PostmortemNotes toDomain() {
        return new PostmortemNotes(trigger.get(), factors.stream().map(FactorRow::toDomain).toList(), impact.get(),
                people(), moneyLost.value(), wentWell.get(), wentWrong.get(), gotLucky.get(), lessons.get(),
                links.stream().map(LinkRow::toDomain).toList());
    }

    /** A count of people is a whole number: "12.5" is still being typed, and the last whole number stands. */
    private Optional<Long> people() {
        return isPeopleValid() ? peopleAffected.value().map(BigDecimal::longValueExact) : lastPeople;
    }

    public boolean isPeopleValid() {
        return peopleAffected.isValid()
                && peopleAffected.value().map(v -> v.stripTrailingZeros().scale() <= 0).orElse(true);
    }

    /** How many figures are not valid numbers now, so what is on screen is not what is saved. */
    long unsavableCount() {
        return (isPeopleValid() ? 0 : 1) + (moneyLost.isValid() ? 0 : 1);
    }

    /** How many of the {@value #SECTIONS} sections hold something, for the collapsed section's title. */
    public int filledSections() {
        PostmortemNotes n = toDomain();
        return (int) Stream.of(!n.trigger().isBlank(), !n.filledFactors().isEmpty(),
                !n.impact().isBlank() || n.hasImpactFigures(), !n.wentWell().isBlank(), !n.wentWrong().isBlank(),
                !n.gotLucky().isBlank(), !n.lessons().isBlank(), !n.filledLinks().isEmpty())
                .filter(filled -> filled).count();
    }

    public FactorRow addFactor() {
        FactorRow row = new FactorRow(new ContributingFactor("", List.of()));
        factors.add(row);
        return row;
    }

    public LinkRow addLink() {
        LinkRow row = new LinkRow(new SupportingLink("", ""));
        links.add(row);
        return row;
    }

    public StringProperty triggerProperty() {
        return trigger;
    }

    public ObservableList<FactorRow> factors() {
        return factors;
    }

    public StringProperty impactProperty() {
        return impact;
    }

    public DecimalInput peopleAffected() {
        return peopleAffected;
    }

    public DecimalInput moneyLost() {
        return moneyLost;
    }

    public StringProperty wentWellProperty() {
        return wentWell;
    }

    public StringProperty wentWrongProperty() {
        return wentWrong;
    }

    public StringProperty gotLuckyProperty() {
        return gotLucky;
    }

    public StringProperty lessonsProperty() {
        return lessons;
    }

    public ObservableList<LinkRow> links() {
        return links;
    }
}
