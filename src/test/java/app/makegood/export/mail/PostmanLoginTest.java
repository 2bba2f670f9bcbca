package app.makegood.export.mail;

import app.makegood.domain.Incident;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.Outbox;
import app.makegood.domain.letters.OutboxMessage;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcOutbox;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static app.makegood.export.mail.EmailDraftTest.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sending with a user name and password, against a server that knows the user. */
class PostmanLoginTest {
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path dataDir;

    @Test
    void theRightPasswordSendsAndAWrongOneIsExplained() {
        greenMail.setUser("hello@crumb.example", "shop", "s3cret");
        SmtpSettings settings = new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), SmtpSecurity.NONE,
                "shop", Optional.empty());
        try (Database db = Database.open(dataDir)) {
            Outbox outbox = outboxWithOneLetter(db);

            List<DeliveryResult> wrong = new Postman().sendPending(outbox, settings, "guess".toCharArray(), CLOCK);
            assertEquals(Optional.of("The mail server at 127.0.0.1 did not accept the user name or password."
                    + " The letter stays in the outbox."), wrong.get(0).failure());
            assertEquals(1, outbox.pending().get(0).attempts());

            List<DeliveryResult> right = new Postman().sendPending(outbox, settings, "s3cret".toCharArray(), CLOCK);
            assertTrue(right.get(0).isSent(), right.toString());
            assertEquals(List.of(), outbox.pending());
            assertEquals(1, greenMail.getReceivedMessages().length);
        }
    }

    private static Outbox outboxWithOneLetter(Database db) {
        Incident incident = Incident.blank(CLOCK.instant());
        new JdbcIncidentRepository(db).save(incident);
        Outbox outbox = new JdbcOutbox(db);
        Email letter = new Email(new MailAddress("Crumb & Co", "hello@crumb.example"),
                MailAddress.of("zoe@example.com"), "Sorry", "Dear Zoë", "<p>Dear Zoë</p>", Optional.empty());
        outbox.queue(OutboxMessage.queued(incident.id(), "c1", "Zoë", LetterKind.APOLOGY, "zoe@example.com",
                letter.subject(), new EmailDraft(CLOCK).toBytes(letter), CLOCK.instant()));
        return outbox;
    }
}
