package app.makegood.ui;

import app.makegood.domain.IncidentStatus;
import javafx.scene.control.Label;

import java.util.Locale;

/** An incident status shown as a coloured pill, alike in the list and the wizard. */
public final class StatusBadge {
    private StatusBadge() {
    }

    public static void show(Label label, IncidentStatus status, Messages messages) {
        label.setText(messages.label("status", status));
        label.getStyleClass().setAll("label", "status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
    }
}
