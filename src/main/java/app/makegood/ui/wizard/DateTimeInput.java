package app.makegood.ui.wizard;

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
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A moment entered as a date and an optional "HH:mm" time in the user's time zone. */
public final class DateTimeInput {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");
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
        time.set(local.map(z -> z.toLocalTime().format(SHOWN)).orElse(""));
    }

    private static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            return Optional.of(LocalTime.parse(text.strip(), TYPED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
