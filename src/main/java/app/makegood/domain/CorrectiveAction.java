package app.makegood.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Something the business does so the root cause cannot strike again, with proof that it was done. */
public record CorrectiveAction(
        String id,
        String description,
        String owner,
        Optional<LocalDate> due,
        ActionStatus status,
        String evidenceNote,
        List<Attachment> attachments,
        Optional<LocalDate> doneOn,
        String droppedReason) {

    public CorrectiveAction {
        Objects.requireNonNull(id, "id");
        description = Text.orEmpty(description);
        owner = Text.orEmpty(owner);
        due = Objects.requireNonNullElse(due, Optional.empty());
        status = Objects.requireNonNullElse(status, ActionStatus.PLANNED);
        evidenceNote = Text.orEmpty(evidenceNote);
        attachments = List.copyOf(Objects.requireNonNullElse(attachments, List.of()));
        doneOn = Objects.requireNonNullElse(doneOn, Optional.empty());
        droppedReason = Text.orEmpty(droppedReason);
    }

    /** Dropped without saying why: still counts as open, since nobody can tell it was a decision. (No "is" prefix: JSON would take it for a field.) */
    public boolean droppedWithoutReason() {
        return status == ActionStatus.DROPPED && droppedReason.isBlank();
    }

    public static CorrectiveAction planned(String description) {
        return new CorrectiveAction(Ids.newId(), description, "", Optional.empty(), ActionStatus.PLANNED, "", List.of(),
                Optional.empty(), "");
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && due.map(today::isAfter).orElse(false);
    }
}
