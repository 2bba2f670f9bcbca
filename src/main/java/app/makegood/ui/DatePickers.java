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
                picker.setConverter(converter(picker));
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
