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
        List<Attachment> attachments) {

    public CorrectiveAction {
        Objects.requireNonNull(id, "id");
        description = Text.orEmpty(description);
        owner = Text.orEmpty(owner);
        due = Objects.requireNonNullElse(due, Optional.empty());
        status = Objects.requireNonNullElse(status, ActionStatus.PLANNED);
        evidenceNote = Text.orEmpty(evidenceNote);
        attachments = List.copyOf(Objects.requireNonNullElse(attachments, List.of()));
    }

    public static CorrectiveAction planned(String description) {
        return new CorrectiveAction(Ids.newId(), description, "", Optional.empty(), ActionStatus.PLANNED, "", List.of());
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && due.map(today::isAfter).orElse(false);
    }
}
