package app.makegood.ui.wizard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 18: time fields show the locale's clock like the rest of the app, and read either clock. */
class DateTimeInputClockTest {
    private static final Instant AT = Instant.parse("2026-12-03T14:05:00Z");
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void twelveHourLocaleShowsAndReadsTwelveHourTime() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        DateTimeInput input = new DateTimeInput(ZoneOffset.UTC);
        input.set(Optional.of(AT));
        assertEquals("2:05 PM", input.timeProperty().get());
        assertEquals(Optional.of(AT), input.value());
        input.timeProperty().set("2:05 pm");
        assertEquals(Optional.of(AT), input.value());
        input.timeProperty().set("14:05");
        assertEquals(Optional.of(AT), input.value());
    }

    @Test
    void twentyFourHourLocaleKeepsTwentyFourHourTime() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        DateTimeInput input = new DateTimeInput(ZoneOffset.UTC);
        input.set(Optional.of(AT));
        assertEquals("14:05", input.timeProperty().get());
    }
}
