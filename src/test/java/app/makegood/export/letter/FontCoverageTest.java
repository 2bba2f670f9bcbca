package app.makegood.export.letter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FontCoverageTest {
    private final FontCoverage coverage = new FontCoverage(BundledFonts.load());

    @Test
    void europeanGreekAndCyrillicNamesAreCovered() {
        assertEquals(List.of(), coverage.missing("Zoë Łukasz Øyvind Ελένη Дмитрий — “£12.50” € ✓\n\t"));
    }

    @Test
    void eachUncoveredCharacterIsReportedOnce() {
        assertEquals(List.of("漢", "🧁"), coverage.missing("漢 Anna 🧁 漢🧁"));
    }
}
