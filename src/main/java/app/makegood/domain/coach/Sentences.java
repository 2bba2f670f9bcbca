package app.makegood.domain.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits letter text into sentences with their offsets. A sentence ends at . ! ? (plus closing quotes or
 * brackets) followed by a space, or at a line break: letters have lines such as "Dear Sam," with no stop.
 * Common abbreviations ("e.g.", "Mr.") and initials do not end a sentence; "£12.50" never does.
 */
final class Sentences {
    /** A sentence: [start, end) in the text, trimmed of surrounding white space. */
    record Span(int start, int end) {
        boolean contains(int s, int e) {
            return start <= s && e <= end;
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"')\\]]*(?=\\s|$)|\\R");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)\\.$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "no", "approx", "vs", "inc", "ltd", "co", "jr", "sr");

    private Sentences() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        Matcher m = BOUNDARY.matcher(text);
        while (m.find()) {
            if (m.group().startsWith(".") && isAbbreviation(text.substring(from, m.start() + 1))) {
                continue;
            }
            add(out, text, from, m.end());
            from = m.end();
        }
        add(out, text, from, text.length());
        return out;
    }

    private static boolean isAbbreviation(String upToStop) {
        Matcher w = WORD_BEFORE.matcher(upToStop);
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Span(start, end));
        }
    }
}
