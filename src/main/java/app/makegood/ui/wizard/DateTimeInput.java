package app.makegood.ui.wizard;

import app.makegood.domain.Dates;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A moment entered as a date and an optional time in the user's time zone. The time is shown on the locale's
 * clock like everywhere else ("14:05" or "2:05 PM"); "14:05" and "2:05 pm" are read whatever the locale.
 */
public final class DateTimeInput {
    private static final DateTimeFormatter TWELVE_HOUR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("h:mm[ ]a").toFormatter(Locale.ENGLISH);
    // Read per input, not once per class, so the clock follows the locale the app runs in.
    private final DateTimeFormatter shown = Dates.local().timeFormat();
    private final List<DateTimeFormatter> typed = List.of(shown, DateTimeFormatter.ofPattern("H:mm"), TWELVE_HOUR);
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private LocalTime lastValidTime = LocalTime.MIDNIGHT;

    public DateTimeInput(ZoneId zone) {
        this.zone = zone;
        time.addListener((obs, old, now) -> parseTime(now).ifPresent(t -> lastValidTime = t));
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public boolean isTimeValid() {
        return time.get() == null || time.get().isBlank() || parseTime(time.get()).isPresent();
    }

    /** The moment as typed now (read afresh, like {@link DecimalInput#value()}), keeping the last valid time. */
    public Optional<Instant> value() {
        LocalTime t = parseTime(time.get()).orElse(lastValidTime);
        return Optional.ofNullable(date.get()).map(d -> d.atTime(t).atZone(zone).toInstant());
    }

    public void set(Optional<Instant> instant) {
        Optional<ZonedDateTime> local = instant.map(i -> i.atZone(zone));
        date.set(local.map(ZonedDateTime::toLocalDate).orElse(null));
        time.set(local.map(z -> z.toLocalTime().format(shown)).orElse(""));
    }

    private Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        for (DateTimeFormatter format : typed) {
            try {
                return Optional.of(LocalTime.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
