package app.makegood.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one stretch of an incident took, for people to read: never negative. When the end was recorded before
 * the start the length is unknown ({@code outOfOrder}); when either end is an estimate the length is shown as one.
 */
public record Span(Duration length, boolean approximate, boolean outOfOrder) {

    public Span {
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("A span is never negative: " + length);
        }
    }

    /** From {@code from} to {@code to}; out of order when {@code to} comes first. */
    public static Span between(java.time.Instant from, java.time.Instant to, boolean approximate) {
        return to.isBefore(from) ? new Span(Duration.ZERO, approximate, true)
                : new Span(Duration.between(from, to), approximate, false);
    }

    /** "3 h 10 min", "2 d 4 h", "under a minute"; "about 3 h" for an estimate; a note when the times disagree. */
    public String text() {
        if (outOfOrder) {
            return "not known (the times are out of order)";
        }
        return approximate ? "about " + rounded(length) : exact(length);
    }

    private static String exact(Duration d) {
        if (d.toMinutes() < 1) {
            return "under a minute";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + " min";
        }
        if (d.toHours() < 24) {
            return d.toHours() + " h" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " min");
        }
        return d.toDays() + " d" + (d.toHoursPart() == 0 ? "" : " " + d.toHoursPart() + " h");
    }

    /** An estimate in one unit, to the nearest minute, hour or day: "about 3 h" rather than "about 2 h 47 min". */
    private static String rounded(Duration d) {
        long minutes = Math.round(d.getSeconds() / 60.0);
        if (minutes < 60) {
            return Math.max(1, minutes) + " min";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return hours + " h";
        }
        return Math.round(hours / 24.0) + " d";
    }
}
