package app.makegood.ui;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

/**
 * Date pickers that forgive typing: the user's short date format and ISO dates are understood, and a date
 * that cannot be read keeps the previous value instead of throwing from inside JavaFX.
 */
public final class DatePickers {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);

    private DatePickers() {
    }

    public static void applyTo(Node root) {
        for (Node n : root.lookupAll(".date-picker")) {
            if (n instanceof DatePicker picker) {
                StringConverter<LocalDate> converter = converter(picker);
                picker.setConverter(converter);
                // A date is taken as soon as it is typed in full, not only on Enter or leaving the field,
                // so autosave and quitting see it. Partial text that already reads as a date is taken too
                // and simply corrected by the next keystroke.
                picker.getEditor().textProperty().addListener((obs, old, text) -> {
                    LocalDate typed = text == null || text.isBlank() ? null : converter.fromString(text);
                    if (typed != null && !typed.equals(picker.getValue()) && converter.toString(typed).equals(text.strip())) {
                        picker.setValue(typed);
                    }
                });
            }
        }
    }

    private static StringConverter<LocalDate> converter(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : LOCAL.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter format : new DateTimeFormatter[] {LOCAL, DateTimeFormatter.ISO_LOCAL_DATE}) {
                    try {
                        return LocalDate.parse(text.strip(), format);
                    } catch (DateTimeParseException e) {
                        // try the next format
                    }
                }
                return picker.getValue();
            }
        };
    }
}
