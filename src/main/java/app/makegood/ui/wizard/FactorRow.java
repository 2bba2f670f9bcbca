package app.makegood.ui.wizard;

import app.makegood.domain.ContributingFactor;
import app.makegood.domain.FiveWhys;
import app.makegood.domain.WhyStep;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Editable state of one contributing factor and its own whys. */
public final class FactorRow {
    private final StringProperty factor = new SimpleStringProperty("");
    private final ObservableList<WhyRow> whys = FXCollections.observableArrayList(WhyRow::observables);

    public FactorRow(ContributingFactor f) {
        factor.set(f.factor());
        whys.setAll(f.whys().stream().map(WhyRow::new).toList());
    }

    public ContributingFactor toDomain() {
        return new ContributingFactor(factor.get(), whys.stream().map(WhyRow::toDomain).toList());
    }

    Observable[] observables() {
        return new Observable[] {factor, whys};
    }

    /** Asks why about the factor, or about the last answer. */
    public void addWhy() {
        String about = whys.isEmpty() ? factor.get() : whys.get(whys.size() - 1).answerProperty().get();
        whys.add(new WhyRow(new WhyStep(FiveWhys.suggestedQuestion(about), "", false)));
    }

    public StringProperty factorProperty() {
        return factor;
    }

    public ObservableList<WhyRow> whys() {
        return whys;
    }
}
