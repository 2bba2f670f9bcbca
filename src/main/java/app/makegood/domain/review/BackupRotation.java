package app.makegood.domain.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which automatic daily backups to keep: the newest {@value #DAILY} days that have one, plus the newest backup of
 * each of the {@value #WEEKLY} newest weeks (Monday to Sunday) that have one. A backup dated after today (the
 * clock was changed) is kept: nothing is deleted that the rule does not understand.
 */
public final class BackupRotation {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private BackupRotation() {
    }

    public static Set<LocalDate> keep(Collection<LocalDate> backups, LocalDate today) {
        List<LocalDate> newestFirst = backups.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDate> keep = new TreeSet<>();
        newestFirst.stream().filter(d -> d.isAfter(today)).forEach(keep::add);
        List<LocalDate> past = newestFirst.stream().filter(d -> !d.isAfter(today)).toList();
        past.stream().limit(DAILY).forEach(keep::add);
        Map<LocalDate, LocalDate> newestOfWeek = new LinkedHashMap<>();
        for (LocalDate d : past) {
            newestOfWeek.putIfAbsent(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d);
        }
        newestOfWeek.values().stream().limit(WEEKLY).forEach(keep::add);
        return keep;
    }
}
