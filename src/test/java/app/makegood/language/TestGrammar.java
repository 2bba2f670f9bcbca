package app.makegood.language;

import java.util.Locale;

/** One loaded English engine for the whole test run: loading takes seconds and hundreds of MB. */
public final class TestGrammar {
    private static LanguageToolGrammar english;

    private TestGrammar() {
    }

    public static synchronized LanguageToolGrammar english() {
        if (english == null) {
            english = LanguageToolGrammar.load(Locale.UK);
        }
        return english;
    }
}
