package app.makegood.export.letter;

import app.makegood.domain.Dates;
import app.makegood.domain.Incident;
import app.makegood.domain.Timeline;
import app.makegood.domain.letters.LetterContent;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.Letters;
import app.makegood.domain.letters.PaperSize;
import app.makegood.ui.Messages;
import app.makegood.ui.NoticeTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static app.makegood.export.letter.LetterSamples.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: one instant reads the same in the incident list, the timeline and a letter, on the locale's clock. */
class SameMomentTest {
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);
    @TempDir
    Path folder;

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void listTimelineAndLetterAgreeInTwelveHourLocale() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        Incident sample = LetterSamples.incident();
        LetterContent letter = Letters.compose(LetterKind.STATUS_UPDATE, sample, sample.customers().get(0),
                LetterSamples.bakery(PaperSize.A4, false), LetterSamples.TODAY,
                LetterSamples.DEFAULTS.moneyFormat(Locale.US));
        Instant at = letter.updates().get(0).at();
        String time = Dates.of(Locale.US).time(at.atZone(ZONE));

        String list = new NoticeTexts(new Messages(Locale.US), ZONE).shortWhen(at);
        String timeline = Timeline.of(sample, List.of(), ZONE).when(at, Locale.US);
        String text = new LetterRenderer(new LetterTemplates(folder), ZONE, Locale.US).render(letter).text();

        assertTrue(time.endsWith("M"), time);
        assertEquals(Dates.of(Locale.US).moment(at.atZone(ZONE)), list);
        assertTrue(timeline.startsWith(list + " "), timeline + " / " + list);
        assertTrue(text.contains(Dates.of(Locale.US).letterDay(LocalDate.ofInstant(at, ZONE)) + ", " + time), text);
    }
}
