package app.makegood.export.mail;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailDraftTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneId.of("Europe/Berlin"));
    static final byte[] PDF = "%PDF-1.7\n\u0000\u00ff binary\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    private final EmailDraft draft = new EmailDraft(CLOCK);

    static Email letter(String subject, String toName, Optional<PdfAttachment> pdf) {
        return new Email(new MailAddress("Crumb & Co", "hello@crumb.example"),
                new MailAddress(toName, "zoe@example.com"), subject,
                "Dear Zoë,\nwe are sorry: your cake was late.\n", "<p>Dear Zoë,</p><p>we are sorry – your cake was late.</p>",
                pdf);
    }

    @Test
    void theDraftFileReadsBackPartByPart() throws Exception {
        Path file = dir.resolve("Zoë.eml");
        draft.writeFile(letter("Sorry about your cake, Zoë", "Zoë Müller",
                Optional.of(new PdfAttachment("Apology – Zoë.pdf", PDF))), file);
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(isAscii(bytes), "the message must be 7-bit: non-ASCII text encoded, not raw");

        MimeMessage m = new MimeMessage(null, new ByteArrayInputStream(bytes));
        assertEquals("1", m.getHeader("X-Unsent", null));
        assertEquals("Sorry about your cake, Zoë", m.getSubject());
        assertEquals("Zoë Müller", ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getPersonal());
        assertEquals("zoe@example.com", ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertEquals("Crumb & Co", ((InternetAddress) m.getFrom()[0]).getPersonal());
        assertEquals("Mon, 23 Nov 2026 10:30:00 +0100", m.getHeader("Date", null));
        assertEquals(CLOCK.instant(), m.getSentDate().toInstant());
        assertTrue(m.getMessageID().matches("<[0-9a-f-]{36}@crumb\\.example>"), m.getMessageID());
        assertEquals("1.0", m.getHeader("MIME-Version", null));

        assertTrue(m.isMimeType("multipart/mixed"));
        Multipart mixed = (Multipart) m.getContent();
        assertEquals(2, mixed.getCount());
        assertTextParts((Multipart) mixed.getBodyPart(0).getContent());

        Part pdf = mixed.getBodyPart(1);
        assertTrue(pdf.isMimeType("application/pdf"));
        assertEquals(Part.ATTACHMENT, pdf.getDisposition());
        assertEquals("base64", ((jakarta.mail.internet.MimeBodyPart) pdf).getEncoding());
        assertEquals("Apology – Zoë.pdf", jakarta.mail.internet.MimeUtility.decodeText(pdf.getFileName()));
        try (InputStream in = pdf.getInputStream()) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
    }

    @Test
    void withoutAPdfThereIsNoMixedWrapperAndSentMailIsNoDraft() throws Exception {
        MimeMessage m = parse(draft.toBytes(letter("Sorry", "Zoë", Optional.empty())));
        assertNull(m.getHeader("X-Unsent"));
        assertTrue(m.isMimeType("multipart/alternative"));
        assertTextParts((Multipart) m.getContent());
    }

    @Test
    void lineBreaksCannotAddHeaders() throws Exception {
        Email email = new Email(new MailAddress("Shop\r\nBcc: evil@x.com", "hello@crumb.example"),
                new MailAddress("Zoë\nBcc: evil@x.com", "zoe@example.com"), "Hi\r\nBcc: evil@x.com",
                "text", "<p>html</p>", Optional.of(new PdfAttachment("a\r\nBcc: evil@x.com.pdf", PDF)));
        byte[] bytes = draft.toBytes(email);
        MimeMessage m = parse(bytes);
        assertNull(m.getHeader("Bcc"));
        assertNull(m.getRecipients(Message.RecipientType.BCC));
        assertEquals(1, m.getAllRecipients().length);
        assertEquals("Hi Bcc: evil@x.com", m.getSubject());
        assertFalse(new String(bytes, StandardCharsets.US_ASCII).contains("\nBcc:"));
    }

    private static void assertTextParts(Multipart alternative) throws Exception {
        assertEquals(2, alternative.getCount());
        Part plain = alternative.getBodyPart(0);
        Part html = alternative.getBodyPart(1);
        assertTrue(plain.isMimeType("text/plain"));
        assertTrue(plain.getContentType().toLowerCase().contains("charset=utf-8"), plain.getContentType());
        assertEquals("Dear Zoë,\nwe are sorry: your cake was late.\n", normalised((String) plain.getContent()));
        assertTrue(html.isMimeType("text/html"));
        assertTrue(html.getContentType().toLowerCase().contains("charset=utf-8"), html.getContentType());
        assertEquals("<p>Dear Zoë,</p><p>we are sorry – your cake was late.</p>", html.getContent());
    }

    static MimeMessage parse(byte[] bytes) throws Exception {
        MimeMessage m = new MimeMessage(null, new ByteArrayInputStream(bytes));
        assertNotNull(m.getMessageID());
        return m;
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n");
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
