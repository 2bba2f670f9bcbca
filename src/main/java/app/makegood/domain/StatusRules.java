package app.makegood.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** When an incident may move on: a fix counts as proven only once something was changed and nothing is left open. */
public final class StatusRules {
    private StatusRules() {
    }

    /** What keeps the incident from moving to {@code target}, in plain words; empty when it may. */
    public static List<String> blockers(Incident incident, IncidentStatus target) {
        List<String> out = new ArrayList<>();
        if (target.compareTo(IncidentStatus.FIX_PROVEN) < 0) {
            return out;
        }
        long open = incident.actions().stream().filter(a -> a.status().isOpen() || a.droppedWithoutReason()).count();
        if (open > 0) {
            out.add(open == 1 ? "One corrective action is still open: finish it, or drop it and say why."
                    : open + " corrective actions are still open: finish them, or drop them and say why.");
        }
        if (incident.actions().stream().noneMatch(a -> a.status() == ActionStatus.DONE)) {
            out.add("No corrective action is done yet: a fix is proven by something you changed.");
        }
        return out;
    }

    /**
     * The status an incident may move back to, one step at a time (a fix that did not hold: Fixed back to Customers
     * told). Never back to Open once customers were told: that is a fact recorded with its time, corrected on its own.
     */
    public static Optional<IncidentStatus> backTo(Incident incident) {
        return incident.status().previous()
                .filter(s -> s != IncidentStatus.OPEN || incident.firstNoticeAt().isEmpty());
    }

    /**
     * Whether moving from {@code from} back to {@code to} takes the resolved time away: below Fixed the mistake is
     * not put right any more, so a resolved time would claim what is no longer true. (Fix proven back to Fixed keeps it.)
     */
    public static boolean unresolves(IncidentStatus from, IncidentStatus to) {
        return from.compareTo(IncidentStatus.FIXED) >= 0 && to.compareTo(IncidentStatus.FIXED) < 0;
    }
}
