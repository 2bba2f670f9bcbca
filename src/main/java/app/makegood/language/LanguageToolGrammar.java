package app.makegood.language;

import app.makegood.domain.coach.Grammar;
import app.makegood.domain.coach.Proofreading;
import app.makegood.domain.coach.Rule;
import app.makegood.domain.coach.Token;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.ResultCache;
import org.languagetool.rules.Categories;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The coach's {@link Grammar} on LanguageTool, offline: tags from its English tagger, and its spelling and
 * grammar rules limited to real slips (typos, grammar, casing). Style, punctuation and
 * "Oxford spelling" advice is left out: the coach gives the style advice that matters for an apology.
 *
 * <p>One LanguageTool instance is not thread-safe, so every call is synchronised. Its cache keeps the results
 * of unchanged sentences, so re-checking a letter after one word changed re-reads one sentence.
 */
public final class LanguageToolGrammar implements Grammar {
    /** Confused words (their/there) would double the time of a check (about 100 ms more a 2,000-character letter). */
    private static final Set<CategoryId> SLIPS = Set.of(Categories.TYPOS.getId(), Categories.GRAMMAR.getId(),
            Categories.CASING.getId());
    /** Sentences kept in the cache: a long letter has a few hundred. */
    private static final long CACHED_SENTENCES = 4_000;

    private static LanguageToolGrammar shared;

    private final JLanguageTool tool;

    private LanguageToolGrammar(JLanguageTool tool) {
        this.tool = tool;
    }

    /**
     * Loads the English dictionaries and rules (several seconds and a few hundred MB the first time in a JVM):
     * call it off the UI thread. British English unless the locale's country spells the American way.
     */
    public static LanguageToolGrammar load(Locale locale) {
        Language english = Languages.getLanguageForShortCode(americanSpelling(locale) ? "en-US" : "en-GB");
        JLanguageTool tool = new JLanguageTool(english, null, new ResultCache(CACHED_SENTENCES));
        tool.getAllRules().stream()
                .filter(r -> !SLIPS.contains(r.getCategory().getId()))
                .forEach(r -> tool.disableRule(r.getId()));
        LanguageToolGrammar grammar = new LanguageToolGrammar(tool);
        grammar.proofread("We are sorry that your parcle was late.", Set.of()); // dictionaries load on first use
        return grammar;
    }

    /**
     * One engine for the whole process, in the default locale's spelling, loaded on first use: the window and
     * every wizard it opens share it, so its seconds and hundreds of MB are paid once.
     */
    public static synchronized LanguageToolGrammar shared() {
        if (shared == null) {
            shared = load(Locale.getDefault());
        }
        return shared;
    }

    static boolean americanSpelling(Locale locale) {
        return Set.of("US", "PH", "LR").contains(locale.getCountry());
    }

    @Override
    public synchronized List<Token> tag(String text) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (AnalyzedSentence sentence : analyse(text)) {
            boolean first = true;
            for (AnalyzedTokenReadings word : sentence.getTokensWithoutWhitespace()) {
                if (word.isSentenceStart()) {
                    continue;
                }
                int start = offset + word.getStartPos();
                int end = offset + word.getEndPos();
                if (end <= text.length()) {
                    out.add(new Token(text.substring(start, end), start, end, readings(word), first));
                    first = false;
                }
            }
            offset += sentence.getText().length();
        }
        return out;
    }

    @Override
    public synchronized List<Proofreading> proofread(String text, Set<String> names) {
        List<RuleMatch> matches;
        try {
            matches = tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Proofreading> out = new ArrayList<>();
        for (RuleMatch m : matches) {
            int start = m.getFromPos();
            int end = Math.min(m.getToPos(), text.length());
            if (start < 0 || end <= start) {
                continue;
            }
            boolean spelling = isSpelling(m.getRule());
            if (spelling && isName(text.substring(start, end), names)) {
                continue;
            }
            out.add(new Proofreading(spelling ? Rule.SPELLING : Rule.GRAMMAR, m.getRule().getId(), start, end,
                    plain(m.getMessage()), m.getSuggestedReplacements().stream().limit(3).toList()));
        }
        return out;
    }

    /**
     * By the rule's name too: a match served from the sentence cache carries a stand-in rule that no longer says
     * it is the dictionary speller, and the same typo must not turn into a grammar slip on the second look.
     */
    static boolean isSpelling(org.languagetool.rules.Rule rule) {
        String id = rule.getId();
        return rule.isDictionaryBasedSpellingRule() || id.startsWith("MORFOLOGIK_RULE") || id.startsWith("HUNSPELL");
    }

    private List<AnalyzedSentence> analyse(String text) {
        try {
            return tool.analyzeText(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Token.Reading> readings(AnalyzedTokenReadings word) {
        List<Token.Reading> out = new ArrayList<>();
        for (AnalyzedToken t : word) {
            out.add(new Token.Reading(t.getLemma(), t.getPOSTag()));
        }
        return out;
    }

    private static boolean isName(String word, Set<String> names) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(word));
    }

    /** LanguageTool marks its suggestions up inside the message; the coach shows plain sentences. */
    static String plain(String message) {
        return message.replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D");
    }
}
