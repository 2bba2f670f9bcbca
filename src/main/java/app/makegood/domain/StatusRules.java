package app.makegood.domain;

import java.util.ArrayList;
import java.util.List;

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
}
