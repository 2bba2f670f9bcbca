package app.makegood.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text as messages, terminals and file names need it. */
class TextTest {
    @Test
    void printableDropsEscapesControlsAndBidiMarksAndKeepsEveryLetter() {
        assertEquals("Red title", Text.printable("\u001B[1;31mRed\u001B[0m\ttitle"));
        assertEquals("Zoë gnp.exe", Text.printable("Zoë \u202Egnp.exe\u202C\u200E"));
        assertEquals("ab", Text.printable("a\u001B]8;;https://x.example\u001B\\b"));
        assertEquals("one two", Text.printable("one\r\ntwo\u0085").strip().replaceAll(" +", " "));
        assertEquals("Νίκος 😀", Text.printable("Νίκος \u009B2J😀\u0000"));
    }

    @Test
    void quotedIsAtMostEightyCharactersWithTheCutMarked() {
        String quoted = Text.quoted("x".repeat(1_000_000));
        assertEquals(Text.QUOTE_LIMIT, quoted.length());
        assertEquals("x".repeat(79) + "\u2026", quoted);
        assertEquals("short", Text.quoted("short"));
        assertEquals("😀".repeat(79) + "\u2026", Text.quoted("😀".repeat(100)), "never cuts a character in half");
    }

    @Test
    void composedJoinsALetterAndItsSeparateAccent() {
        assertEquals("Zo\u00EB", Text.composed("Zoe\u0308"));
        assertEquals("", Text.composed(null));
    }

    @Test
    void fittedSpellsANameWithTheCharactersTheSystemCanStore() {
        java.util.function.IntPredicate ascii = cp -> cp < 128;
        assertEquals("Tomas Muller", FileNames.fitted("Tomás Müller", ascii));
        assertEquals("Zoe", FileNames.fitted("Zoe\u0308", ascii));
        assertEquals("Strasse Lukasz AEro", FileNames.fitted("Straße Łukasz Æro", ascii));
        assertEquals("Patel", FileNames.fitted("Νίκος Patel", ascii));
        assertEquals("", FileNames.fitted("Νίκος", ascii));
        assertEquals("Zoë", FileNames.fitted("Zoe\u0308", cp -> cp < 256), "what fits is kept, composed");
    }

    @Test
    void aFileNameFitsInLinuxsTwoHundredFiftyFiveBytes() {
        String emoji = FileNames.safe("😀".repeat(80), "x");
        assertEquals("😀".repeat(50), emoji, "200 bytes, whole characters");
        assertEquals("東".repeat(66), FileNames.safe("東".repeat(80), "x"));
        assertEquals("a".repeat(80), FileNames.safe("a".repeat(90), "x"));
    }

    @Test
    void aFileNameHoldsNoBidiOverrideOrEscape() {
        assertEquals("Apology - Eve gnp.exe", FileNames.safe("Apology - Eve \u202Egnp.exe\u001B[2J", "x"));
    }
}
