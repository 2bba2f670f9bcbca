package app.makegood.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Help ▸ Guide: the README's "Using it" as one self-contained HTML page inside the jar. A browser cannot open a page
 * inside a jar, so it is copied into the data folder first (fresh each time, so an update brings the new guide).
 */
public final class Guide {
    /** Where the page is inside the jar. */
    public static final String RESOURCE = "/app/makegood/ui/guide/guide.html";

    private Guide() {
    }

    /** Copies the guide into {@code folder}/guide and returns the page to open. Call off the UI thread. */
    public static Path copyInto(Path folder) throws IOException {
        Path page = folder.resolve("guide").resolve("guide.html");
        Files.createDirectories(page.getParent());
        try (InputStream in = Guide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("The guide is missing from this copy of MakeGood.");
            }
            Files.copy(in, page, StandardCopyOption.REPLACE_EXISTING);
        }
        return page;
    }
}
