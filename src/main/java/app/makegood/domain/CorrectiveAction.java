package app.makegood.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the business does about the root cause, with proof that it was done. {@code type} says whether it is
 * part of the fix or a stop-gap ({@link ActionType#MITIGATE}); {@code priority} is empty when none was recorded.
 * The evidence note is internal: customers read it only when {@code evidenceForCustomers} is set.
 */
public record CorrectiveAction(
        String id,
        String description,
        String owner,
        Optional<LocalDate> due,
        ActionStatus status,
        String evidenceNote,
        List<Attachment> attachments,
        Optional<LocalDate> doneOn,
        String droppedReason,
        ActionType type,
        Optional<ActionPriority> priority,
        boolean evidenceForCustomers) {

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
        // Before types were kept every action was, by the app's own words, one that stops the cause striking again.
        type = Objects.requireNonNullElse(type, ActionType.PREVENT);
        priority = Objects.requireNonNullElse(priority, Optional.empty());
    }

    /** An action without type, priority or customer-facing evidence (the form before they were kept). */
    public CorrectiveAction(String id, String description, String owner, Optional<LocalDate> due, ActionStatus status,
                            String evidenceNote, List<Attachment> attachments, Optional<LocalDate> doneOn,
                            String droppedReason) {
        this(id, description, owner, due, status, evidenceNote, attachments, doneOn, droppedReason,
                ActionType.PREVENT, Optional.empty(), false);
    }

    /** The same action with this type and priority. */
    public CorrectiveAction withKind(ActionType newType, Optional<ActionPriority> newPriority) {
        return new CorrectiveAction(id, description, owner, due, status, evidenceNote, attachments, doneOn,
                droppedReason, newType, newPriority, evidenceForCustomers);
    }

    /** The same action, its evidence note shown to customers or kept internal. */
    public CorrectiveAction withEvidenceForCustomers(boolean shown) {
        return new CorrectiveAction(id, description, owner, due, status, evidenceNote, attachments, doneOn,
                droppedReason, type, priority, shown);
    }

    /** The same action with these evidence files (the same names, perhaps without their contents). */
    public CorrectiveAction withAttachments(List<Attachment> files) {
        return new CorrectiveAction(id, description, owner, due, status, evidenceNote, files, doneOn, droppedReason,
                type, priority, evidenceForCustomers);
    }

    /** Done, and part of the fix (not a stop-gap): what a follow-up letter may tell. (No "is": JSON.) */
    public boolean fixDone() {
        return status == ActionStatus.DONE && type.isFix();
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
