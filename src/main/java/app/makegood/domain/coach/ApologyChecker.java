package app.makegood.domain.coach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.makegood.domain.coach.PartChecks.has;

/**
 * Coaches the owner's apology letter against the "Admit plainly" practice: flags qualified, conditional,
 * minimising, passive and blaming wording, corporate filler, jargon and long sentences, and notices parts
 * that lack an apology, thanks, a dated action, a prevention step or a concrete offer.
 *
 * <p>With a {@link Grammar} it also reads the parts of speech (passive voice with any verb, hedged impact, vague
 * referents) and lists spelling and grammar slips as findings of their own kind; without one (while the
 * language engine loads) the phrase rules answer alone. Immutable; case-insensitive; curly apostrophes and
 * British or American spellings both match. Offsets always index the text as the owner typed it.
 */
public final class ApologyChecker {
    static final int LONG_SENTENCE_WORDS = 30;
    static final double LOW_READING_EASE = 50;
    /** Below this many words the Flesch score swings too much to be worth a finding. */
    static final int MIN_WORDS_FOR_READABILITY = 20;

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R\\s*");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Comparator<Finding> IN_TEXT_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end).thenComparing(Finding::rule);

    private static final Pattern NAME_WORDS = Pattern.compile("[^\\p{L}\\p{M}'\u2019-]+");

    private final Grammar grammar;
    /** Words of the business's and the customers' names: never spelling mistakes. */
    private final Set<String> names;

    /** The phrase rules only. */
    public ApologyChecker() {
        this(Grammar.NONE, Set.of());
    }

    public ApologyChecker(Grammar grammar) {
        this(grammar, Set.of());
    }

    private ApologyChecker(Grammar grammar, Set<String> names) {
        this.grammar = grammar;
        this.names = names;
    }

    /** The same checker, taking every word of {@code fullNames} ("Zoë Adams", "Crumb & Co") as a known name. */
    public ApologyChecker withNames(Collection<String> fullNames) {
        Set<String> words = new HashSet<>();
        for (String name : fullNames) {
            for (String word : NAME_WORDS.split(name == null ? "" : name)) {
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
        return new ApologyChecker(grammar, Set.copyOf(words));
    }

    /** Flesch reading ease of {@code text}; see {@link Readability#fleschReadingEase}. */
    public static double fleschReadingEase(String text) {
        return Readability.fleschReadingEase(text);
    }

    /** Wording findings in one part's text (no missing-part findings), sorted by start. */
    public List<Finding> check(LetterPart part, String text) {
        String original = text == null ? "" : text;
        String norm = Typography.forMatching(original);
        List<Sentences.Span> sentences = Sentences.split(norm);
        List<Finding> found = new ArrayList<>();
        for (Phrase q : PhraseCatalogue.QUALIFIERS) {
            q.find(original, norm, part).stream().filter(f -> qualifiesAnApology(f, norm, sentences)).forEach(found::add);
        }
        for (Phrase p : PhraseCatalogue.PHRASES) {
            found.addAll(p.find(original, norm, part));
        }
        found.addAll(longSentences(original, sentences, part));
        if (grammar.isReady() && !original.isBlank()) {
            List<Token> tokens = grammar.tag(original);
            found.addAll(GrammarRules.find(part, original, tokens));
            found.addAll(StructureRules.find(part, original, tokens));
            found.addAll(proofreading(part, original));
        }
        List<Finding> kept = withoutOverlaps(found);
        kept.sort(IN_TEXT_ORDER);
        return kept;
    }

    /**
     * Every part's wording findings plus what is missing from the letter, sorted by part (letter order) then
     * start. Parts absent from the map count as empty; a WHOLE entry is ignored. Missing-part findings have an
     * empty span at 0 of their part; LOW_READABILITY is reported on WHOLE (all parts joined by blank lines).
     *
     * @param incidentFixed whether the cause is fixed, so the letter should say what changed
     */
    public List<Finding> checkAll(Map<LetterPart, String> texts, boolean incidentFixed) {
        Map<LetterPart, String> parts = new EnumMap<>(LetterPart.class);
        for (LetterPart p : LetterPart.values()) {
            if (p != LetterPart.WHOLE && p != LetterPart.WHY_ANSWER) {
                String t = texts.get(p);
                parts.put(p, t == null ? "" : t);
            }
        }
        List<Finding> out = new ArrayList<>();
        parts.forEach((part, text) -> out.addAll(check(part, text)));

        String admit = Typography.forMatching(parts.get(LetterPart.ADMIT));
        String thank = Typography.forMatching(parts.get(LetterPart.THANK));
        String explain = Typography.forMatching(parts.get(LetterPart.EXPLAIN));
        String followUp = Typography.forMatching(parts.get(LetterPart.FOLLOW_UP));
        if (!has(PartChecks.APOLOGY, admit)) {
            out.add(Finding.missing(Rule.MISSING_APOLOGY, LetterPart.ADMIT, Rule.MISSING_APOLOGY.message()));
        }
        if (!has(PartChecks.THANKS, thank)) {
            out.add(Finding.missing(Rule.MISSING_THANKS, LetterPart.THANK, Rule.MISSING_THANKS.message()));
        }
        missingAction(explain, LetterPart.EXPLAIN).ifPresent(out::add);
        amendsWithoutValue(parts.get(LetterPart.AMENDS), LetterPart.AMENDS).ifPresent(out::add);
        if (incidentFixed && !has(PartChecks.PREVENTION, followUp + "\n\n" + explain)) {
            out.add(Finding.missing(Rule.MISSING_PREVENTION, LetterPart.FOLLOW_UP, Rule.MISSING_PREVENTION.message()));
        }
        String letter = String.join("\n\n", parts.values().stream().filter(t -> !t.isBlank()).toList());
        lowReadability(letter).ifPresent(out::add);
        out.sort(Comparator.comparing(Finding::part).thenComparing(IN_TEXT_ORDER));
        return out;
    }

    /**
     * A letter typed as one text, without parts (the command line). Every finding is on WHOLE with offsets into
     * the whole text. Rules that only make sense in the Admit part (blaming a courier, a supplier or "circumstances")
     * apply to the paragraphs that apologise, because that is where they excuse the apology. Missing-part rules
     * look at the whole letter: no apology, no thanks, no dated action, an offer with no value. Whether the
     * incident is fixed is unknown here, so MISSING_PREVENTION is not checked.
     */
    public List<Finding> checkLetter(String letter) {
        String original = letter == null ? "" : letter;
        String norm = Typography.forMatching(original);
        Set<String> everywhere = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : check(LetterPart.EXPLAIN, original)) {
            everywhere.add(f.ruleName() + "@" + f.start());
            out.add(f.shifted(0, LetterPart.WHOLE));
        }
        List<Sentences.Span> apologising = paragraphs(norm).stream()
                .filter(p -> has(PartChecks.APOLOGY_WORD, norm.substring(p.start(), p.end()))).toList();
        for (Finding f : check(LetterPart.ADMIT, original)) {
            boolean admitOnly = !everywhere.contains(f.ruleName() + "@" + f.start());
            if (admitOnly && apologising.stream().anyMatch(p -> p.contains(f.start(), f.end()))) {
                out.add(f.shifted(0, LetterPart.WHOLE));
            }
        }
        if (!has(PartChecks.APOLOGY, norm)) {
            out.add(Finding.missing(Rule.MISSING_APOLOGY, LetterPart.WHOLE, Rule.MISSING_APOLOGY.message()));
        }
        if (!has(PartChecks.THANKS, norm)) {
            out.add(Finding.missing(Rule.MISSING_THANKS, LetterPart.WHOLE, Rule.MISSING_THANKS.message()));
        }
        missingAction(norm, LetterPart.WHOLE).ifPresent(out::add);
        amendsWithoutValue(original, LetterPart.WHOLE).ifPresent(out::add);
        lowReadability(original).ifPresent(out::add);
        out.sort(IN_TEXT_ORDER);
        return out;
    }

    /**
     * Inside a sentence that apologises, or opening or closing the sentence right after one ("Sorry. However,
     * ..." or "Sorry. It was busy, though.").
     */
    private static boolean qualifiesAnApology(Finding f, String norm, List<Sentences.Span> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Span s = sentences.get(i);
            if (!s.contains(f.start(), f.end())) {
                continue;
            }
            if (apologises(norm, s)) {
                return true;
            }
            boolean opensSentence = !LETTER_OR_DIGIT.matcher(norm.substring(s.start(), f.start())).find();
            boolean closesSentence = !LETTER_OR_DIGIT.matcher(norm.substring(f.end(), s.end())).find();
            return (opensSentence || closesSentence) && i > 0 && apologises(norm, sentences.get(i - 1));
        }
        return false;
    }

    private static boolean apologises(String norm, Sentences.Span s) {
        return has(PartChecks.APOLOGY_WORD, norm.substring(s.start(), s.end()));
    }

    private static List<Finding> longSentences(String original, List<Sentences.Span> sentences, LetterPart part) {
        List<Finding> out = new ArrayList<>();
        for (Sentences.Span s : sentences) {
            String sentence = original.substring(s.start(), s.end());
            int words = Readability.wordCount(sentence);
            if (words > LONG_SENTENCE_WORDS) {
                String why = words + " words: a sentence over " + LONG_SENTENCE_WORDS
                        + " words is hard to follow, so split it.";
                out.add(new Finding(Rule.LONG_SENTENCE, Rule.LONG_SENTENCE.severity(), part, s.start(), s.end(),
                        sentence, why, Optional.empty()));
            }
        }
        return out;
    }

    private List<Finding> proofreading(LetterPart part, String original) {
        List<Finding> out = new ArrayList<>();
        for (Proofreading p : grammar.proofread(original, names)) {
            out.add(new Finding(p.rule(), p.rule().severity(), part, p.start(), p.end(),
                    original.substring(p.start(), p.end()), p.message(), p.replacements().stream().findFirst(),
                    p.engineRule()));
        }
        return out;
    }

    /** Of overlapping findings of one rule, the first found (most specific catalogue entry) is kept. */
    private static List<Finding> withoutOverlaps(List<Finding> found) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : found) {
            if (kept.stream().noneMatch(k -> k.ruleName().equals(f.ruleName()) && k.overlaps(f))) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static Optional<Finding> missingAction(String norm, LetterPart part) {
        boolean action = has(PartChecks.ACTION, norm);
        boolean when = has(PartChecks.WHEN, norm);
        if (action && when) {
            return Optional.empty();
        }
        String why = !action && !when
                ? "You don't say what you are doing about it or by when; name a step and a date, e.g. \"I will call you on Friday\"."
                : !action
                ? "You give no step in your own voice; say what you are doing, e.g. \"we have replaced\" or \"I will refund\"."
                : "You give no date or time; say when, e.g. \"by Friday\" or \"today at 5pm\", so they know what to expect.";
        return Optional.of(Finding.missing(Rule.MISSING_ACTION, part, why));
    }

    private static Optional<Finding> amendsWithoutValue(String original, LetterPart part) {
        String norm = Typography.forMatching(original);
        if (has(PartChecks.VALUE, norm)) {
            return Optional.empty();
        }
        return PartChecks.firstOffer(norm).map(r -> new Finding(Rule.AMENDS_WITHOUT_VALUE,
                Rule.AMENDS_WITHOUT_VALUE.severity(), part, r[0], r[1], original.substring(r[0], r[1]),
                "\"" + original.substring(r[0], r[1]) + "\" with no amount or concrete thing sounds like a vague "
                        + "promise; say what they get, e.g. \"a £10 credit\" or \"a full refund\".",
                Optional.empty()));
    }

    private static Optional<Finding> lowReadability(String letter) {
        if (Readability.wordCount(letter) < MIN_WORDS_FOR_READABILITY) {
            return Optional.empty();
        }
        double ease = Readability.fleschReadingEase(letter);
        if (ease >= LOW_READING_EASE) {
            return Optional.empty();
        }
        String why = String.format(Locale.ROOT, "Reading ease is %.0f out of 100 (aim for 60 or more): "
                + "use shorter sentences and everyday words.", ease);
        return Optional.of(Finding.missing(Rule.LOW_READABILITY, LetterPart.WHOLE, why));
    }

    private static List<Sentences.Span> paragraphs(String norm) {
        List<Sentences.Span> out = new ArrayList<>();
        int from = 0;
        Matcher m = BLANK_LINE.matcher(norm);
        while (m.find()) {
            out.add(new Sentences.Span(from, m.start()));
            from = m.end();
        }
        out.add(new Sentences.Span(from, norm.length()));
        return out;
    }
}
