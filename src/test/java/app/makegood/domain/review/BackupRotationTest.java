package app.makegood.domain.review;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackupRotationTest {
    /** Monday 23 November 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @Test
    void keepsTheLastSevenDaysAndTheNewestOfEachOfTheLastFourWeeks() {
        List<LocalDate> daily = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            daily.add(TODAY.minusDays(i));
        }
        Set<LocalDate> expected = new TreeSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add(TODAY.minusDays(i)); // 17 to 23 November
        }
        // Weeks start on Monday: this week's newest is today; then the Sundays 22, 15 and 8 November.
        expected.addAll(List.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 8)));
        assertEquals(expected, BackupRotation.keep(daily, TODAY));
    }

    @Test
    void withGapsTheDailyCountIsOfDaysThatHaveABackup() {
        List<LocalDate> some = List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1));
        Set<LocalDate> kept = BackupRotation.keep(some, TODAY);
        assertEquals(new TreeSet<>(some.subList(0, 7)), kept);
    }

    @Test
    void aBackupDatedInTheFutureIsKeptAndDoesNotCount() {
        LocalDate future = TODAY.plusDays(3);
        List<LocalDate> dates = new ArrayList<>(List.of(future));
        for (int i = 0; i < 10; i++) {
            dates.add(TODAY.minusDays(i));
        }
        Set<LocalDate> kept = BackupRotation.keep(dates, TODAY);
        assertEquals(true, kept.contains(future));
        assertEquals(true, kept.contains(TODAY.minusDays(6)));
        assertEquals(true, kept.contains(TODAY.minusDays(8))); // Sunday 15 November: newest of its week
        assertEquals(false, kept.contains(TODAY.minusDays(7)));
        assertEquals(9, kept.size());
    }

    @Test
    void nothingToKeepFromNothing() {
        assertEquals(Set.of(), BackupRotation.keep(List.of(), TODAY));
    }
}
