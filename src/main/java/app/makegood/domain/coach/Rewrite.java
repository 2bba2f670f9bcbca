package app.makegood.domain.coach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies a finding's suggestion to the text it was found in. */
public final class Rewrite {
    /** What is left around a deleted contrast word: ", but the" becomes ", the", which should read ". The". */
    private static final Pattern JOIN_LEFT_BEHIND = Pattern.compile("\\s*[,;:\u2013\u2014-]?\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^\\s*[,;:]?\\s*");

    private Rewrite() {
    }

    /**
     * {@code text} with {@code [start, end)} replaced by the suggestion (unchanged when there is none). An empty
     * suggestion deletes the span; then the clause that followed becomes its own sentence, so "We're sorry,
     * but the courier was late." reads "We're sorry. The courier was late."
     */
    public static String apply(String text, Finding f) {
        if (f.suggestion().isEmpty()) {
            return text;
        }
        String replacement = f.suggestion().get();
        String before = text.substring(0, f.start());
        String after = text.substring(f.end());
        if (!replacement.isEmpty()) {
            return before + replacement + after;
        }
        String rest = LEADING_PUNCT.matcher(after).replaceFirst("");
        Matcher join = JOIN_LEFT_BEHIND.matcher(before);
        String head = join.find() ? before.substring(0, join.start()) : before;
        if (SENTENCE_END.matcher(rest).lookingAt()) {      // "It was busy, however." -> "It was busy."
            return head + rest;
        }
        if (head.isBlank()) {
            return before.substring(0, before.length() - before.stripLeading().length()) + capitalise(rest);
        }
        boolean endsSentence = head.endsWith(".") || head.endsWith("!") || head.endsWith("?");
        return head + (endsSentence ? " " : ". ") + capitalise(rest);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
