package app.makegood.ui.wizard;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.OptionalInt;

/**
 * A whole number from 1 to {@code max} as the user types it (how many months an offer runs for). While the text is
 * not such a number, the last valid one is what gets saved, as {@link DecimalInput} does for amounts.
 */
public final class CountInput {
    private final StringProperty text = new SimpleStringProperty("1");
    private final int max;
    private int lastValid = 1;

    public CountInput(int max) {
        this.max = max;
        text.addListener((obs, old, now) -> lastValid = parse(now).orElse(lastValid));
    }

    private OptionalInt parse(String s) {
        return accepts(s, max) ? OptionalInt.of(Integer.parseInt(s.strip())) : OptionalInt.empty();
    }

    /** Whether {@code s} is a whole number from 1 to {@code max}. */
    public static boolean accepts(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.matches("[0-9]{1,9}") && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= max;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The number typed, or the last valid one while the text is not a number from 1 to max. */
    public int value() {
        return parse(text.get()).orElse(lastValid);
    }

    public boolean isValid() {
        return parse(text.get()).isPresent();
    }

    public void set(int n) {
        text.set(Integer.toString(n));
    }
}
