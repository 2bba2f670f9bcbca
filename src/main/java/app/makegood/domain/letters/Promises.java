package app.makegood.domain.letters;

import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.StatusUpdate;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether customers were promised a corrective action, so a letter may say "we promised". Kept strict: an action
 * counts as promised only when its description, word for word (case, punctuation and spacing aside), stands in a
 * text that reached customers: a status update marked sent, or the Explain text once customers are recorded as
 * told. A text that merely hopes for "changes" promises nothing in particular, so it does not count.
 */
final class Promises {
    private Promises() {
    }

    static boolean promised(Incident incident, CorrectiveAction action) {
        String wanted = words(action.description());
        if (wanted.isBlank()) {
            return false;
        }
        Stream<String> toldExplain = incident.firstNoticeAt().isPresent() ? Stream.of(incident.explain()) : Stream.empty();
        Stream<String> sentUpdates = incident.updates().stream().filter(StatusUpdate::sent).map(StatusUpdate::text);
        return Stream.concat(toldExplain, sentUpdates).anyMatch(text -> words(text).contains(wanted));
    }

    /** " the words of s " in lower case, one space apart and around, so a match is always on whole words. */
    private static String words(String s) {
        String w = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return w.isEmpty() ? "" : " " + w + " ";
    }
}
