package app.makegood.export.mail;

import app.makegood.domain.Incident;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.Outbox;
import app.makegood.domain.letters.OutboxMessage;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcOutbox;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static app.makegood.export.mail.EmailDraftTest.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostmanTest {
    private static final char[] NO_PASSWORD = new char[0];

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @TempDir
    Path dataDir;

    private Database db;
    private Outbox outbox;
    private String incidentId;
    private int queued;

    @BeforeEach
    void openOutbox() {
        db = Database.open(dataDir);
        Incident incident = Incident.blank(CLOCK.instant());
        new JdbcIncidentRepository(db).save(incident);
        incidentId = incident.id();
        outbox = new JdbcOutbox(db);
    }

    @AfterEach
    void closeOutbox() {
        db.close();
    }

    @Test
    void twoQueuedLettersArriveAndAreMarkedSent() throws Exception {
        queue("zoe@example.com", "Zoë Müller");
        queue("john@example.com", "Smith, John");

        List<DeliveryResult> results = new Postman().sendPending(outbox, local(""), NO_PASSWORD, CLOCK);

        assertEquals(2, results.size());
        assertTrue(results.stream().allMatch(DeliveryResult::isSent), results.toString());
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(2, received.length);
        assertEquals(List.of("zoe@example.com", "john@example.com"),
                List.of(received).stream().map(PostmanTest::to).toList());
        assertNull(received[0].getHeader("X-Unsent"));
        assertEquals("Sorry, Zoë Müller", received[0].getSubject());
        assertEquals(List.of(), outbox.pending());
        assertTrue(outbox.forIncident(incidentId).stream()
                .allMatch(m -> m.sentAt().equals(Optional.of(CLOCK.instant())) && m.attempts() == 0));
    }

    @Test
    void aRefusedConnectionKeepsTheLettersWithAPlainReason() throws Exception {
        queue("zoe@example.com", "Zoë");
        queue("john@example.com", "John");
        SmtpSettings closed = new SmtpSettings("127.0.0.1", closedPort(), SmtpSecurity.NONE, "", Optional.empty());

        List<DeliveryResult> results = new Postman().sendPending(outbox, closed, NO_PASSWORD, CLOCK);

        assertEquals(2, results.size());
        String expected = "The mail server at 127.0.0.1 refused the connection on port " + closed.port()
                + ". Check the port, and that this computer is online. The letter stays in the outbox.";
        assertEquals(Optional.of(expected), results.get(0).failure());
        List<OutboxMessage> pending = outbox.pending();
        assertEquals(2, pending.size());
        assertTrue(pending.stream().allMatch(m -> m.attempts() == 1 && m.lastError().equals(Optional.of(expected))));
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void anUnknownServerIsExplained() {
        queue("zoe@example.com", "Zoë");
        SmtpSettings nowhere = new SmtpSettings("no-such-host.invalid", 25, SmtpSecurity.NONE, "", Optional.empty());

        List<DeliveryResult> results = new Postman().sendPending(outbox, nowhere, NO_PASSWORD, CLOCK);

        assertEquals(Optional.of("MakeGood cannot find the mail server at no-such-host.invalid. Check the server name,"
                + " and that this computer is online. The letter stays in the outbox."), results.get(0).failure());
    }

    @Test
    void aChosenSecureConnectionIsNeverDroppedForPlainText() {
        queue("zoe@example.com", "Zoë");
        int port = greenMail.getSmtp().getPort();
        SmtpSettings starttls = new SmtpSettings("127.0.0.1", port, SmtpSecurity.STARTTLS, "", Optional.empty());
        SmtpSettings ssl = new SmtpSettings("127.0.0.1", port, SmtpSecurity.SSL, "", Optional.empty());

        assertEquals(Optional.of("The mail server at 127.0.0.1 does not offer a secure connection (STARTTLS) on port "
                        + port + ". Check the port with your mail provider. The letter stays in the outbox."),
                new Postman().sendPending(outbox, starttls, NO_PASSWORD, CLOCK).get(0).failure());
        assertEquals(Optional.of("No secure connection could be made with the mail server at 127.0.0.1. Check that"
                        + " the security setting and the port match what your mail provider says."
                        + " The letter stays in the outbox."),
                new Postman().sendPending(outbox, ssl, NO_PASSWORD, CLOCK).get(0).failure());
        assertEquals(2, outbox.pending().get(0).attempts());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void nothingPendingMeansNoConnection() {
        SmtpSettings nowhere = new SmtpSettings("no-such-host.invalid", 25, SmtpSecurity.NONE, "", Optional.empty());
        assertEquals(List.of(), new Postman().sendPending(outbox, nowhere, NO_PASSWORD, CLOCK));
    }

    @Test
    void aBadMessageFailsAloneAndTheOthersStillGo() {
        queue("zoe@", "Zoë");
        queue("john@example.com", "John");

        List<DeliveryResult> results = new Postman().sendPending(outbox, local(""), NO_PASSWORD, CLOCK);

        assertEquals(Optional.of("“zoe@” is not an email address. The letter stays in the outbox."),
                results.get(0).failure());
        assertTrue(results.get(1).isSent());
        assertEquals(1, greenMail.getReceivedMessages().length);
        OutboxMessage left = outbox.pending().get(0);
        assertEquals("zoe@", left.recipient());
        assertEquals(1, left.attempts());
    }

    static String to(MimeMessage m) {
        try {
            return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** Queues a letter; each one a second after the last, so the outbox order is the queueing order. */
    void queue(String email, String name) {
        // A broken recipient still makes a well-formed message: the outbox row is what is checked when sending.
        String to = email.endsWith("@") ? "nobody@example.com" : email;
        Email letter = new Email(new MailAddress("Crumb & Co", "hello@crumb.example"), new MailAddress(name, to),
                "Sorry, " + name, "Dear " + name, "<p>Dear " + name + "</p>", Optional.empty());
        outbox.queue(OutboxMessage.queued(incidentId, "c-" + email, name, LetterKind.APOLOGY, email,
                letter.subject(), new EmailDraft(CLOCK).toBytes(letter),
                CLOCK.instant().plusSeconds(++queued)));
    }

    SmtpSettings local(String user) {
        return new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), SmtpSecurity.NONE, user, Optional.empty());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
