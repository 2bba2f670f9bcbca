package app.makegood.ui;

import app.makegood.domain.Dates;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Date pickers that show the app's one table date style ({@link Dates#day}) and forgive typing: that style,
 * the user's short numeric date and ISO dates are understood, and a date that cannot be read keeps the
 * previous value instead of throwing from inside JavaFX.
 */
public final class DatePickers {
    private static final DateTimeFormatter SHOWN = Dates.local().dayFormat();
    private static final List<DateTimeFormatter> READ = List.of(SHOWN,
            DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT), DateTimeFormatter.ISO_LOCAL_DATE);

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
                    if (typed != null && !typed.equals(picker.getValue()) && readsInFull(typed, text.strip())) {
                        picker.setValue(typed);
                    }
                });
            }
        }
    }

    /** Whether {@code text} is {@code date} written out in full in one of the formats read, not a prefix of it. */
    private static boolean readsInFull(LocalDate date, String text) {
        return READ.stream().anyMatch(f -> f.format(date).equals(text));
    }

    private static StringConverter<LocalDate> converter(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter format : READ) {
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
