package app.makegood.domain.coach;

import java.util.List;
import java.util.Locale;

/**
 * One word or punctuation mark of a text with its possible readings (lemma and Penn Treebank tag), as a
 * tagger gives them: "forgotten" reads forget/VBN, "may" reads may/MD and may/NN. {@code sentenceStart} marks
 * the first token of a sentence. Offsets are UTF-16 indices into the tagged text, end exclusive.
 */
public record Token(String text, int start, int end, List<Reading> readings, boolean sentenceStart) {

    public record Reading(String lemma, String tag) {
    }

    public Token {
        readings = List.copyOf(readings);
    }

    /** Any reading whose tag starts with one of {@code prefixes} ("VBN", "MD", "NN"...). */
    public boolean tagged(String... prefixes) {
        for (Reading r : readings) {
            for (String p : prefixes) {
                if (r.tag() != null && r.tag().startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Any reading with one of {@code lemmas}, compared without case. */
    public boolean lemma(String... lemmas) {
        for (Reading r : readings) {
            for (String l : lemmas) {
                if (r.lemma() != null && r.lemma().equalsIgnoreCase(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word itself in lower case, curly apostrophes straightened. */
    public String lower() {
        return Typography.forMatching(text).toLowerCase(Locale.ROOT);
    }

    public boolean is(String... words) {
        String w = lower();
        for (String candidate : words) {
            if (w.equals(candidate)) {
                return true;
            }
        }
        return false;
    }
}
