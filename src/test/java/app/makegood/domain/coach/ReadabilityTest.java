package app.makegood.domain.coach;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadabilityTest {
    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({"the,1", "cat,1", "cake,1", "table,2", "free,1", "loved,1", "wanted,2", "delayed,2", "makes,1",
            "boxes,2", "sorry,2", "customer,3", "apologise,4", "apologises,5", "readability,5", "queue,1",
            "yesterday,3", "beautiful,3", "you're,1", "2024,1"})
    void syllables(String word, int expected) {
        assertEquals(expected, Readability.syllables(word));
    }

    @Test
    void fleschOfKnownTexts() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015*6 - 84.6*1
        assertEquals(116.145, ApologyChecker.fleschReadingEase("The cat sat on the mat."), 1e-9);
        // 11 words, 2 sentences, 15 syllables (sor-ry, par-cel, re-fund, to-day)
        assertEquals(206.835 - 1.015 * 11 / 2 - 84.6 * 15 / 11, ApologyChecker.fleschReadingEase("I am sorry we lost your parcel. We will refund today."), 1e-9);
        assertTrue(Double.isNaN(ApologyChecker.fleschReadingEase("  ... ")));
    }

    @Test
    void plainApologyReadsEasierThanCorporateOne() {
        double plain = ApologyChecker.fleschReadingEase("I'm sorry we sent the wrong boots. I have posted the right pair today. "
                + "Thank you for telling us so fast.");
        double corporate = ApologyChecker.fleschReadingEase("We sincerely apologise for any inconvenience experienced "
                + "regarding the unfortunate misallocation of merchandise, and we are investigating operational "
                + "improvements accordingly.");
        assertTrue(plain > 80, "plain " + plain);
        assertTrue(corporate < 30, "corporate " + corporate);
    }

    @Test
    void hyphenatedAndApostropheWordsCountOnce() {
        assertEquals(4, Readability.wordCount("We're sorry: a mix-up."));
    }

    @Test
    void sentencesSplitOnStopsAndLineBreaksButNotAbbreviationsOrPrices() {
        assertEquals(4, Sentences.split("Dear Sam,\nWe're sorry, e.g. the £12.50 fee was wrong! Mr. Jones rang. Fine?").size());
        Sentences.Span first = Sentences.split("  Hello there.  Bye.").get(0);
        assertEquals(2, first.start());
        assertEquals(14, first.end());
    }
}
