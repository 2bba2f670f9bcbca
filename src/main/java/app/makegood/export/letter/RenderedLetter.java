package app.makegood.export.letter;

import java.util.List;

/**
 * One letter ready to leave the app: the subject line, the XHTML document (for the PDF and the preview), the
 * plain-text version (for email) and anything the owner should know, such as an edited template that failed.
 */
public record RenderedLetter(String subject, String xhtml, String text, List<String> problems) {
    public RenderedLetter {
        problems = List.copyOf(problems);
    }
}
