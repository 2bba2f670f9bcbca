package app.makegood.ui.wizard;

import app.makegood.ui.Messages;

import java.util.List;
import java.util.SortedMap;

/** The footer's words while some fields are not saved, naming their pages: "Saved, except 1 field on Make amends". */
final class PartlySaved {
    private PartlySaved() {
    }

    /** @param byStep how many unsaved fields each step holds ({@link WizardViewModel#unsavableByStep()}) */
    static String text(SortedMap<Integer, Long> byStep, Messages messages) {
        long fields = byStep.values().stream().mapToLong(Long::longValue).sum();
        List<String> pages = byStep.keySet().stream().map(step -> messages.get("step." + step)).toList();
        String where = pages.size() == 1 ? pages.get(0)
                : String.join(", ", pages.subList(0, pages.size() - 1)) + " and " + pages.get(pages.size() - 1);
        return messages.get("wizard.partlySaved", fields, where);
    }
}
