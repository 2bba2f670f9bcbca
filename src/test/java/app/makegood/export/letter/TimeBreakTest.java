package app.makegood.export.letter;

import app.makegood.export.HtmlText;
import app.makegood.domain.letters.PaperSize;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A time in a letter ("9:00", "10:30") is never split over two lines, wherever the line happens to end. */
class TimeBreakTest {
    private static final Pattern SPLIT = Pattern.compile("\\d:$");

    @Test
    void noLineEndsInsideATime() {
        StringBuilder text = new StringBuilder();
        // Words of every length before each time, so some time lands at the end of a line.
        for (int i = 0; i < 120; i++) {
            text.append("x".repeat(1 + i % 11)).append(' ').append(i % 2 == 0 ? "9:00" : "10:30").append(' ');
        }
        String xhtml = "<html><head><style>body { font-family: 'Noto Sans'; font-size: 11pt; }</style></head><body><p>"
                + HtmlText.xhtml().escape(text.toString()) + "</p></body></html>";
        String pdf = Pdfs.text(new PdfMaker(BundledFonts.load()).pdf(xhtml, PaperSize.A4, "Times", "MakeGood"));
        List<String> lines = pdf.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.size() > 10, "the text runs over many lines: " + lines.size());
        assertEquals(List.of(), lines.stream().filter(l -> SPLIT.matcher(l).find()).toList());
        assertEquals(120, Pattern.compile("\\b(9:00|10:30)\\b").matcher(pdf).results().count(),
                "every time prints whole, in reading order");
    }
}
