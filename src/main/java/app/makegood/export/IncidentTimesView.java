package app.makegood.export;

import app.makegood.domain.IncidentTimes;
import app.makegood.domain.IncidentTimes.Measure;
import app.makegood.domain.Moment;
import app.makegood.domain.Span;
import app.makegood.domain.Timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The postmortem's "Times and durations" rows: the five times (an estimate says "about", a missing one "not
 * recorded") and each duration that can be measured, in the zone of the incident's timeline.
 */
final class IncidentTimesView {
    private static final Map<Moment, String> MOMENTS = Map.of(Moment.STARTED, "Started", Moment.DISCOVERED,
            "Discovered", Moment.TOLD, "Customers first told", Moment.RESTORED, "Service restored",
            Moment.RESOLVED, "Resolved");
    private static final Map<Measure, String> MEASURES = Map.of(Measure.DETECT, "Time to detect", Measure.TELL,
            "Time to tell customers", Measure.RESTORE, "Time to restore", Measure.RESOLVE, "Time to resolve");

    private IncidentTimesView() {
    }

    static List<Map<String, String>> rows(IncidentTimes times, Timeline story, Locale locale) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Moment m : Moment.values()) {
            rows.add(row(MOMENTS.get(m), times.at(m).map(t -> at(story, t, times.milestones().isApproximate(m),
                    locale)).orElse("not recorded")));
        }
        for (Measure m : Measure.values()) {
            times.timeTo(m).map(Span::text).ifPresent(text -> rows.add(row(MEASURES.get(m), text)));
        }
        return rows;
    }

    private static String at(Timeline story, Instant t, boolean approximate, Locale locale) {
        return story.when(new Timeline.Entry(t, "", approximate ? Timeline.Precision.APPROXIMATE
                : Timeline.Precision.EXACT), locale);
    }

    private static Map<String, String> row(String what, String value) {
        return Map.of("what", what, "value", value);
    }
}
