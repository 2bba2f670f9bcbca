package app.makegood.ui.wizard;

import app.makegood.domain.ActionPriority;
import app.makegood.domain.ActionStatus;
import app.makegood.domain.ActionType;
import app.makegood.domain.Attachment;
import app.makegood.domain.CorrectiveAction;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Editable state of one corrective action and its evidence. */
public final class ActionRow {
    private final String id;
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(ActionStatus.PLANNED);
    private final StringProperty evidenceNote = new SimpleStringProperty("");
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> doneOn = new SimpleObjectProperty<>();
    private final StringProperty droppedReason = new SimpleStringProperty("");
    private final ObjectProperty<ActionType> type = new SimpleObjectProperty<>(ActionType.PREVENT);
    /** Empty when no priority was recorded; never null, so a combo box can show "not set". */
    private final ObjectProperty<Optional<ActionPriority>> priority = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty evidenceForCustomers = new SimpleBooleanProperty();

    /** @param clock gives the done date when the owner marks the action done without one */
    public ActionRow(CorrectiveAction a, Clock clock) {
        id = a.id();
        description.set(a.description());
        owner.set(a.owner());
        due.set(a.due().orElse(null));
        status.set(a.status());
        evidenceNote.set(a.evidenceNote());
        attachments.setAll(a.attachments());
        doneOn.set(a.doneOn().orElse(null));
        droppedReason.set(a.droppedReason());
        type.set(a.type());
        priority.set(a.priority());
        evidenceForCustomers.set(a.evidenceForCustomers());
        status.addListener((obs, old, now) -> {
            if (now == ActionStatus.DONE && doneOn.get() == null) {
                doneOn.set(LocalDate.now(clock));
            }
        });
    }

    public CorrectiveAction toDomain() {
        return new CorrectiveAction(id, description.get(), owner.get(), Optional.ofNullable(due.get()),
                status.get(), evidenceNote.get(), attachments, Optional.ofNullable(doneOn.get()), droppedReason.get(),
                type.get(), Objects.requireNonNullElse(priority.get(), Optional.empty()), evidenceForCustomers.get());
    }

    Observable[] observables() {
        return new Observable[] {description, owner, due, status, evidenceNote, attachments, doneOn, droppedReason,
            type, priority, evidenceForCustomers};
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public StringProperty evidenceNoteProperty() {
        return evidenceNote;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ObjectProperty<LocalDate> doneOnProperty() {
        return doneOn;
    }

    public StringProperty droppedReasonProperty() {
        return droppedReason;
    }

    public ObjectProperty<ActionType> typeProperty() {
        return type;
    }

    public ObjectProperty<Optional<ActionPriority>> priorityProperty() {
        return priority;
    }

    /** Whether customers' letters may show the evidence note; internal by default. */
    public BooleanProperty evidenceForCustomersProperty() {
        return evidenceForCustomers;
    }
}
