package app.makegood.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help ▸ Guide: the README's "Using it" ships inside the jar as one page that needs no network. */
class GuideTest {
    private static final List<String> SECTIONS = List.of("Getting started", "The wizard", "Saving as you type",
            "The apology coach", "Customers", "Get there first, keep them posted", "Public incident page",
            "Make amends", "Prove the fix", "Letters", "Sending mail", "Templates", "Search", "Filters",
            "Closed incidents", "Due", "Review", "Back up and restore", "Undo, redo and status", "Keyboard shortcuts",
            "How good is the coach?");

    @Test
    void theGuideHoldsEverySectionOfUsingItInOrder() throws IOException {
        String page = guide();
        Matcher h2 = Pattern.compile("<h2 id=\"([a-z-]+)\">([^<]+)</h2>").matcher(page);
        List<String> headings = h2.results().map(m -> m.group(2)).toList();
        assertEquals(SECTIONS, headings);
        for (String id : Pattern.compile("<h2 id=\"([a-z-]+)\"").matcher(page).results().map(m -> m.group(1)).toList()) {
            assertTrue(page.contains("href=\"#" + id + "\""), "the contents list links to " + id);
        }
    }

    @Test
    void theGuideNeedsNoNetworkAndNoOtherFile() throws IOException {
        String page = guide();
        assertFalse(page.contains("http:") || page.contains("https:") || page.contains("//"),
                "nothing is fetched from the internet");
        assertFalse(page.contains("src=") || page.contains("<link"), "no image, script or style sheet beside it");
        assertFalse(page.contains("](") || page.contains("**"), "no Markdown left unconverted");
    }

    @Test
    void theGuideIsCopiedWhereABrowserCanOpenIt(@TempDir Path data) throws IOException {
        Path page = Guide.copyInto(data);
        assertEquals(data.resolve("guide").resolve("guide.html"), page);
        assertEquals(guide(), Files.readString(page));
        Files.writeString(page, "an old guide");
        assertEquals(guide(), Files.readString(Guide.copyInto(data)), "a newer MakeGood brings its own guide");
    }

    private static String guide() throws IOException {
        try (InputStream in = Guide.class.getResourceAsStream(Guide.RESOURCE)) {
            assertNotNull(in, "the guide is bundled");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
