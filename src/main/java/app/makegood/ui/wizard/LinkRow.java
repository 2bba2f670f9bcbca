package app.makegood.ui.wizard;

import app.makegood.domain.SupportingLink;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/** Editable state of one supporting link; the address is saved as typed and flagged until it is a web address. */
public final class LinkRow {
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");

    public LinkRow(SupportingLink link) {
        label.set(link.label());
        url.set(link.url());
    }

    public SupportingLink toDomain() {
        return new SupportingLink(label.get(), url.get());
    }

    /** What is wrong with the address as typed; nothing while it is still empty. */
    public Optional<String> problem() {
        return url.get().isBlank() ? Optional.empty() : toDomain().problem();
    }

    Observable[] observables() {
        return new Observable[] {label, url};
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty urlProperty() {
        return url;
    }
}
