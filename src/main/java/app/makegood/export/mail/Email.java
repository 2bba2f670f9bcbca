package app.makegood.export.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * One letter as a mail: the same words as plain text and as HTML, and the PDF letter if there is one.
 * Line breaks in the subject become spaces, so it can never add a header.
 */
public record Email(MailAddress from, MailAddress to, String subject, String text, String html,
                    Optional<PdfAttachment> pdf) {

    public Email {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        subject = HeaderText.flatten(subject);
        text = Objects.requireNonNullElse(text, "");
        html = Objects.requireNonNullElse(html, "");
        pdf = Objects.requireNonNullElse(pdf, Optional.empty());
    }
}
