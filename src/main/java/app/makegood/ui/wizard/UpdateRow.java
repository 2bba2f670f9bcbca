package app.makegood.ui.wizard;

import app.makegood.domain.StatusUpdate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;

/** Editable state of one dated status update. */
public final class UpdateRow {
    private final String id;
    private final Instant writtenAt;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty sent = new SimpleBooleanProperty();

    public UpdateRow(StatusUpdate u) {
        id = u.id();
        writtenAt = u.writtenAt();
        text.set(u.text());
        sent.set(u.sent());
    }

    public StatusUpdate toDomain() {
        return new StatusUpdate(id, writtenAt, text.get(), sent.get());
    }

    Observable[] observables() {
        return new Observable[] {text, sent};
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty sentProperty() {
        return sent;
    }
}
