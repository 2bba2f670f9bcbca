package app.makegood.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {
    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 12, 3, 14, 5, 0, 0, ZoneOffset.UTC);

    @Test
    void followsTheLocalesClock() {
        assertEquals("14:05", Dates.of(Locale.UK).time(AT));
        assertEquals("2:05 PM", Dates.of(Locale.US).time(AT));
        assertEquals("3 Dec 2026, 14:05", Dates.of(Locale.UK).moment(AT));
        assertEquals("Dec 3, 2026, 2:05 PM", Dates.of(Locale.US).moment(AT));
    }

    @Test
    void oneDayStyleForTablesAndOneForLetters() {
        LocalDate day = AT.toLocalDate();
        assertEquals("3 Dec 2026", Dates.of(Locale.UK).day(day));
        assertEquals("3 December 2026", Dates.of(Locale.UK).letterDay(day));
        assertEquals("December 3, 2026", Dates.of(Locale.US).letterDay(day));
        assertEquals("3 December 2026, 14:05", Dates.of(Locale.UK).letterMoment(AT));
    }
}
