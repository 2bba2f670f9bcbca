package app.makegood.ui;

import app.makegood.domain.Validation;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;

import java.util.function.Predicate;

/** ControlsFX validators built on the domain's input rules, with messages from the bundle. */
public final class Validators {
    private final Messages messages;

    public Validators(Messages messages) {
        this.messages = messages;
    }

    public Validator<String> email() {
        return text(t -> t.isBlank() || Validation.isEmail(t), messages.get("valid.email"));
    }

    public Validator<String> text(Predicate<String> ok, String message) {
        return (control, value) -> ValidationResult.fromMessageIf(control, message, Severity.ERROR,
                !ok.test(value == null ? "" : value));
    }
}
