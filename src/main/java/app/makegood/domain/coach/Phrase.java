package app.makegood.domain.coach;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the phrase catalogue: a pattern whose match is the span to flag, plus the innocent uses that
 * look like it. Written as data: see {@link PhraseCatalogue}.
 *
 * <p>Pattern syntax: Java regex, case-insensitive, matched against text whose curly apostrophes are straight;
 * a plain space stands for any run of white space (" ?" for an optional one), and the whole pattern must start
 * and end on a word edge.
 *
 * @param exceptions innocent look-alikes: a match lying inside a match of one of these is not flagged
 * @param scope      ANYWHERE, or AFTER_APOLOGY: only inside an apology sentence or opening the next sentence
 * @param suggestion replacement for the span; {@code ${name}} inserts a named group, "" deletes the span
 */
record Phrase(Rule rule, Pattern pattern, List<Pattern> exceptions, Set<LetterPart> parts, Scope scope,
              String message, Optional<String> suggestion) {

    enum Scope { ANYWHERE, AFTER_APOLOGY }

    private static final Pattern GROUP_REF = Pattern.compile("\\$\\{(\\w+)}");

    static Phrase phrase(Rule rule, String regex) {
        return new Phrase(rule, compile(regex), List.of(), EnumSet.allOf(LetterPart.class), Scope.ANYWHERE,
                rule.message(), Optional.empty());
    }

    /** Compiles catalogue syntax: case-insensitive, spaces match any white space, whole words only. */
    static Pattern compile(String regex) {
        String body = regex.replace(" ?", "\\s?").replace(" ", "\\s+"); // " ?" is an optional space
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Phrase unless(String... regexes) {
        List<Pattern> all = new ArrayList<>(exceptions);
        for (String r : regexes) {
            all.add(compile(r));
        }
        return new Phrase(rule, pattern, List.copyOf(all), parts, scope, message, suggestion);
    }

    Phrase onlyIn(LetterPart first, LetterPart... rest) {
        return new Phrase(rule, pattern, exceptions, EnumSet.of(first, rest), scope, message, suggestion);
    }

    Phrase afterApology() {
        return new Phrase(rule, pattern, exceptions, parts, Scope.AFTER_APOLOGY, message, suggestion);
    }

    Phrase says(String why) {
        return new Phrase(rule, pattern, exceptions, parts, scope, why, suggestion);
    }

    Phrase suggest(String template) {
        return new Phrase(rule, pattern, exceptions, parts, scope, message, Optional.of(template));
    }

    /** Every match in {@code part}'s text that is not an innocent look-alike, as findings on the original. */
    List<Finding> find(String original, String normalised, LetterPart part) {
        List<Finding> out = new ArrayList<>();
        if (!parts.contains(part)) {
            return out;
        }
        List<int[]> innocent = innocentRanges(normalised);
        Matcher m = pattern.matcher(normalised);
        while (m.find()) {
            if (m.end() == m.start() || isInside(innocent, m.start(), m.end())) {
                continue;
            }
            String span = original.substring(m.start(), m.end());
            Optional<String> rewrite = suggestion.map(t -> matchCase(expand(t, m), span));
            out.add(new Finding(rule, rule.severity(), part, m.start(), m.end(), span, message, rewrite));
        }
        return out;
    }

    private List<int[]> innocentRanges(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (Pattern p : exceptions) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                ranges.add(new int[] {m.start(), m.end()});
            }
        }
        return ranges;
    }

    private static boolean isInside(List<int[]> ranges, int start, int end) {
        return ranges.stream().anyMatch(r -> r[0] <= start && end <= r[1]);
    }

    private static String expand(String template, Matcher m) {
        Matcher ref = GROUP_REF.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (ref.find()) {
            String value = m.group(ref.group(1));
            ref.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "" : value.toLowerCase(java.util.Locale.ROOT)));
        }
        ref.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** "We made mistakes" when the span began with a capital, "we made mistakes" otherwise. */
    private static String matchCase(String rewrite, String span) {
        if (rewrite.isEmpty() || span.isEmpty() || !Character.isUpperCase(span.charAt(0))) {
            return rewrite;
        }
        return Character.toUpperCase(rewrite.charAt(0)) + rewrite.substring(1);
    }
}
