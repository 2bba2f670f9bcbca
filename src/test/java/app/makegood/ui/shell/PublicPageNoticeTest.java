package app.makegood.ui.shell;

import app.makegood.domain.Replacement;
import app.makegood.ui.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicPageNoticeTest {
    private final Messages messages = new Messages(Locale.UK);

    @Test
    void listsEachReplacementWithHowOften() {
        String text = PublicPageNotice.text(messages, List.of(new Replacement("Zoë Adams", "a customer", 3),
                new Replacement("€297.02", "[amount]", 1))).orElseThrow();
        assertTrue(text.startsWith("Before the public page is written, these will be replaced:\n\n"
                + "'Zoë Adams' \u2192 'a customer' (3 times)\n'€297.02' \u2192 '[amount]'\n\n"
                + "Customers' and owners' names"), text);
    }

    @Test
    void aLongListIsCut() {
        List<Replacement> many = IntStream.rangeClosed(1, PublicPageNotice.SHOWN + 3)
                .mapToObj(n -> new Replacement("Name" + n, "a customer", 1)).toList();
        String text = PublicPageNotice.text(messages, many).orElseThrow();
        assertTrue(text.contains("'Name12' \u2192 'a customer'\n\u2026 and 3 more\n"), text);
        assertTrue(!text.contains("Name13"), text);
    }

    /** Issue 17: a page drawn from Explain says so, and where the owner writes the page's own text. */
    @Test
    void aPageDrawnFromExplainSaysSoAndWhereToWriteItsOwnText() {
        String alone = PublicPageNotice.text(messages, List.of(), true).orElseThrow();
        assertTrue(alone.contains("taken from your Explain text") && alone.contains("Public page text"), alone);
        String both = PublicPageNotice.text(messages, List.of(new Replacement("Zoë", "a customer", 1)), true)
                .orElseThrow();
        assertTrue(both.startsWith(alone + "\n\nBefore the public page is written"), both);
        assertEquals(Optional.empty(), PublicPageNotice.text(messages, List.of(), false), "its own text: nothing to say");
    }

    @Test
    void nothingReplacedAsksNothing() {
        assertEquals(Optional.empty(), PublicPageNotice.text(messages, List.of()));
    }
}
