package app.makegood.ui.wizard;

import app.makegood.domain.Validation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A non-negative number with up to two decimals (an amount, a count, a percentage) as the user types it. While the text is not a valid amount, the last valid value is
 * what gets saved, so a half-typed figure never wipes out a stored one.
 */
public final class DecimalInput {
    private final StringProperty text = new SimpleStringProperty("");
    private Optional<BigDecimal> value = Optional.empty();

    public DecimalInput() {
        text.addListener((obs, old, now) -> {
            if (now == null || now.isBlank()) {
                value = Optional.empty();
            } else {
                Validation.parseMoney(now).ifPresent(v -> value = Optional.of(v));
            }
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    public Optional<BigDecimal> value() {
        return value;
    }

    public boolean isValid() {
        return Validation.isMoneyOrBlank(text.get());
    }

    public void set(Optional<BigDecimal> amount) {
        text.set(amount.map(BigDecimal::toPlainString).orElse(""));
    }
}
