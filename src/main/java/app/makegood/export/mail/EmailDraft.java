package app.makegood.export.mail;

import app.makegood.domain.Ids;
import app.makegood.export.AtomicFile;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * Turns an {@link Email} into a standard RFC 5322 MIME message:
 * multipart/mixed { multipart/alternative { text/plain, text/html }, application/pdf }, without the mixed
 * wrapper when there is no PDF. Both text parts are UTF-8; headers with other than ASCII are RFC 2047 encoded.
 * <p>
 * Two forms: {@link #toBytes} is the message to send, kept in the outbox; {@link #writeFile} writes the same
 * message with {@code X-Unsent: 1} so that Outlook opens the .eml as a draft with a Send button (Thunderbird
 * opens it too). Only drafts on disk carry that header, so mail sent by the Postman never does.
 */
public final class EmailDraft {
    private static final DateTimeFormatter RFC_5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private final Clock clock;
    // Building needs a session for its defaults only; nothing is sent from it.
    private final Session session = Session.getInstance(new Properties());

    public EmailDraft(Clock clock) {
        this.clock = clock;
    }

    /** The message to send, as stored in the outbox. */
    public byte[] toBytes(Email email) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(email, false, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** Writes an .eml file for the owner to open, check and send from their own mail program. */
    public void writeFile(Email email, Path file) throws IOException {
        AtomicFile.write(file, out -> write(email, true, out));
    }

    private void write(Email email, boolean draft, OutputStream out) throws IOException {
        try {
            MimeMessage message = message(email);
            if (draft) {
                message.setHeader("X-Unsent", "1");
            }
            message.writeTo(out);
        } catch (MessagingException e) {
            // Every value was checked when the Email was made, so this is a bug rather than bad input.
            throw new IllegalStateException("The mail could not be put together.", e);
        }
    }

    private MimeMessage message(Email email) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId(email));
        message.setHeader("Date", RFC_5322_DATE.format(clock.instant().atZone(clock.getZone())));
        message.setFrom(email.from().toInternetAddress());
        message.setRecipient(Message.RecipientType.TO, email.to().toInternetAddress());
        message.setSubject(email.subject(), "UTF-8");
        Multipart alternative = alternative(email);
        if (email.pdf().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            message.setContent(new MimeMultipart("mixed", body, attachment(email.pdf().get())));
        }
        message.saveChanges();
        return message;
    }

    private static Multipart alternative(Email email) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(email.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), "UTF-8", "html");
        // Plain first: a mail program shows the last part it understands.
        return new MimeMultipart("alternative", plain, html);
    }

    private static MimeBodyPart attachment(PdfAttachment pdf) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf.bytes(), "application/pdf")));
        // The name in UTF-8 whatever the system's locale: under LANG=C Jakarta Mail would send "Tomás" as "Tom?s".
        ParameterList disposition = new ParameterList();
        disposition.set("filename", pdf.fileName(), "UTF-8");
        part.setHeader("Content-Disposition", new ContentDisposition(Part.ATTACHMENT, disposition).toString());
        ParameterList type = new ParameterList();
        type.set("name", pdf.fileName(), "UTF-8");
        part.setHeader("Content-Type", new ContentType("application", "pdf", type).toString());
        // A PDF is binary even when its first bytes look like text; base64 survives every mail server.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    // Jakarta Mail's own Message-ID names the user and computer; the sender's domain says nothing private.
    private static String messageId(Email email) {
        String address = email.from().email();
        return "<" + Ids.newId() + address.substring(address.lastIndexOf('@')) + ">";
    }

    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
