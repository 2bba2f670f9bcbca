package app.makegood.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

import org.controlsfx.validation.ValidationSupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Says in plain words what a field expects while its text is not valid, where a keyboard user sees it: a small red
 * message under the field (taking room only while shown), the same words as the field's tooltip and as its accessible
 * help, which a screen reader reads when the field gets the focus. One message line may serve several fields (a grid
 * of figures); it then lists what each invalid field expects.
 */
public final class FieldProblem {
    private final Label message;
    private final ValidationSupport support;
    private final Validators rules;
    private final Map<TextInputControl, String> invalid = new LinkedHashMap<>();
    private final List<Runnable> checks = new ArrayList<>();

    /** @param support marks the invalid fields in red, with the same words on the mark */
    public FieldProblem(Label message, ValidationSupport support, Validators rules) {
        this.message = message;
        this.support = support;
        this.rules = rules;
        message.getStyleClass().add("field-problem");
        message.setWrapText(true);
        show();
    }

    /** Watches {@code field}: while {@code ok} refuses its text, {@code expects} is shown and told. */
    public FieldProblem watch(TextInputControl field, Predicate<String> ok, String expects) {
        Tooltip tip = new Tooltip(expects);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Runnable check = () -> {
            boolean bad = !ok.test(field.getText() == null ? "" : field.getText());
            if (bad) {
                invalid.put(field, expects);
            } else {
                invalid.remove(field);
            }
            field.setTooltip(bad ? tip : null);
            field.setAccessibleHelp(bad ? expects : null);
            show();
        };
        field.textProperty().addListener(x -> check.run());
        checks.add(check);
        check.run();
        support.registerValidator(field, false, rules.text(ok, expects));
        return this;
    }

    /** Checks every field again: for a rule that depends on something besides the field's text. */
    public void recheck() {
        checks.forEach(Runnable::run);
        support.revalidate();
    }

    private void show() {
        message.setText(String.join("\n", invalid.values().stream().distinct().toList()));
        message.setVisible(!invalid.isEmpty());
        message.setManaged(!invalid.isEmpty());
    }
}
