package app.makegood.domain.coach;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the coach noticed in a letter.
 *
 * <p>{@code start}/{@code end} are char offsets (UTF-16, end exclusive) into the text of {@code part}, and
 * {@code text} is exactly that span of the original (curly apostrophes and all). Findings about something
 * missing have an empty span at 0. {@code suggestion}, when present, replaces exactly {@code [start, end)};
 * an empty suggestion means "delete the span" ({@link Rewrite#apply} also tidies the punctuation around it).
 * {@code ruleName} is the rule's name, or for spelling and grammar the language engine's own rule.
 */
public record Finding(Rule rule, FindingSeverity severity, LetterPart part, int start, int end, String text,
                      String message, Optional<String> suggestion, String ruleName) {

    /** A finding of the coach's own rules: its name is the rule's. */
    public Finding(Rule rule, FindingSeverity severity, LetterPart part, int start, int end, String text,
                   String message, Optional<String> suggestion) {
        this(rule, severity, part, start, end, text, message, suggestion, rule.name());
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(ruleName, "ruleName");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for \"" + text + "\"");
        }
    }

    /** A finding about something absent from a part: empty span, no suggestion. */
    static Finding missing(Rule rule, LetterPart part, String message) {
        return new Finding(rule, rule.severity(), part, 0, 0, "", message, Optional.empty());
    }

    /** Stable across edits elsewhere in the text, so the UI can remember that the owner dismissed it. */
    public String key() {
        return ruleName + ":" + text.toLowerCase(Locale.ROOT);
    }

    /** The same finding with its span moved by {@code offset} and attributed to {@code newPart}. */
    Finding shifted(int offset, LetterPart newPart) {
        return new Finding(rule, severity, newPart, start + offset, end + offset, text, message, suggestion, ruleName);
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
