package app.makegood.ui.wizard;

import app.makegood.domain.Validation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A non-negative number with up to two decimals (an amount, a count, a percentage) as the user types it.
 * While the text is not a valid number, the last valid value is what gets saved, so a half-typed figure
 * never wipes out a stored one.
 */
public final class DecimalInput {
    private final StringProperty text = new SimpleStringProperty("");
    private Optional<BigDecimal> lastValid = Optional.empty();

    public DecimalInput() {
        text.addListener((obs, old, now) -> lastValid = parse(now).orElse(lastValid));
    }

    /** Empty text is a valid "no value"; text that is not a number gives nothing. */
    private static Optional<Optional<BigDecimal>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Optional.empty());
        }
        return Validation.parseMoney(text).map(Optional::of);
    }

    public StringProperty textProperty() {
        return text;
    }

    /**
     * The value of the text as it is now (read afresh: listeners of the text may run before this class's own),
     * or the last valid one while the text is not a number.
     */
    public Optional<BigDecimal> value() {
        return parse(text.get()).orElse(lastValid);
    }

    public boolean isValid() {
        return Validation.isMoneyOrBlank(text.get());
    }

    public void set(Optional<BigDecimal> amount) {
        text.set(amount.map(BigDecimal::toPlainString).orElse(""));
    }
}
