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
    private final StringProperty channel = new SimpleStringProperty("");

    public UpdateRow(StatusUpdate u) {
        id = u.id();
        writtenAt = u.writtenAt();
        text.set(u.text());
        sent.set(u.sent());
        channel.set(u.channel());
    }

    public StatusUpdate toDomain() {
        return new StatusUpdate(id, writtenAt, text.get(), sent.get(), channel.get());
    }

    Observable[] observables() {
        return new Observable[] {text, sent, channel};
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Where the update went: "website", "letters"; empty when not noted. */
    public StringProperty channelProperty() {
        return channel;
    }

    public BooleanProperty sentProperty() {
        return sent;
    }
}
