package app.makegood.domain.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word, sentence and syllable counts and the Flesch reading ease score. */
public final class Readability {
    /** A word: letters or digits, joined by hyphens or apostrophes ("mix-up", "we're" are one word). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int wordCount(String text) {
        return words(text).size();
    }

    /**
     * Flesch reading ease: 206.835 - 1.015 x (words / sentences) - 84.6 x (syllables / words).
     * About 60-70 is plain English; below 50 is hard going for many readers. Sentences are counted as
     * {@link Sentences} splits them (so line breaks count); NaN when the text has no words.
     */
    public static double fleschReadingEase(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Double.NaN;
        }
        int sentences = Math.max(1, Sentences.split(text).size());
        int syllables = words.stream().mapToInt(Readability::syllables).sum();
        return 206.835 - 1.015 * words.size() / sentences - 84.6 * syllables / words.size();
    }

    /**
     * Syllables in one word, by a heuristic good to about one syllable on everyday English:
     * <ol>
     *   <li>keep letters only, lower-cased; words of three letters or fewer (and numbers) count 1;</li>
     *   <li>drop a silent ending: "-ed" unless after t or d ("loved" 1, "wanted" 2); "-es" unless after
     *       s, x, z, c, g, ch or sh ("makes" 1, "boxes" 2); a final "e" unless "-le" after a consonant or
     *       "-ee" ("cake" 1, "table" 2, "free" 1);</li>
     *   <li>a leading "y" is a consonant; count the groups of consecutive vowels (a e i o u y);</li>
     *   <li>at least 1.</li>
     * </ol>
     * Known misses: "area" (2, really 3), "business" (3, really 2).
     */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = dropSilentEnding(w);
        if (w.startsWith("y")) {
            w = w.substring(1);
        }
        int count = 0;
        Matcher m = VOWEL_GROUP.matcher(w);
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    private static String dropSilentEnding(String w) {
        if (w.endsWith("ed") && !w.matches(".*[td]ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && !w.matches(".*(?:[sxzcg]|ch|sh)es")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("e") && !w.matches(".*(?:[^aeiouy]le|ee)")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
