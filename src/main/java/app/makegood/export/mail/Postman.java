package app.makegood.export.mail;

import app.makegood.domain.letters.Outbox;
import app.makegood.domain.letters.OutboxMessage;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the outbox to the business's mail server over one SMTP connection. Blocking: call it off the UI thread.
 * Nothing is lost when sending fails: the message stays in the outbox with the reason, to try again later.
 */
public final class Postman {
    private static final Logger LOG = Logger.getLogger(Postman.class.getName());
    static final int TIMEOUT_SECONDS = 20;

    /**
     * Sends every pending message, oldest first, and records each outcome in the outbox.
     *
     * @param password used only when {@code settings.needsLogin()}; may then be empty, otherwise ignored (may be
     *                 null). The caller owns the array and may clear it afterwards
     * @return one result per message that was pending, in the same order; empty when nothing was pending
     */
    public List<DeliveryResult> sendPending(Outbox outbox, SmtpSettings settings, char[] password, Clock clock) {
        List<OutboxMessage> pending = outbox.pending();
        if (pending.isEmpty()) {
            return List.of();
        }
        Session session = Session.getInstance(properties(settings));
        Transport transport;
        try {
            transport = session.getTransport(protocol(settings));
            // Jakarta Mail takes the password as a String only; it lives no longer than this call.
            transport.connect(settings.host(), settings.port(), settings.needsLogin() ? settings.user() : null,
                    settings.needsLogin() ? new String(password) : null);
        } catch (MessagingException e) {
            return failAll(outbox, pending, SmtpTrouble.connecting(settings, e));
        }
        try {
            List<DeliveryResult> results = new ArrayList<>();
            for (OutboxMessage m : pending) {
                results.add(send(outbox, session, transport, m, clock));
            }
            return results;
        } finally {
            closeQuietly(transport);
        }
    }

    // Saying goodbye is a courtesy: every message already has its result, and the server hangs up anyway.
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // nothing to tell the owner
        }
    }

    private static DeliveryResult send(Outbox outbox, Session session, Transport transport, OutboxMessage m,
                                       Clock clock) {
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(m.message()));
            // The envelope goes to the outbox's recipient only, whatever the stored headers say.
            transport.sendMessage(message, new Address[]{new InternetAddress(m.recipient(), true)});
        } catch (MessagingException | IllegalStateException e) { // IllegalStateException: the connection dropped
            String reason = SmtpTrouble.sending(m.recipient(), e);
            outbox.markFailed(m.id(), reason);
            return DeliveryResult.failed(m.id(), m.recipient(), reason);
        }
        try {
            outbox.markSent(m.id(), clock.instant());
        } catch (RuntimeException e) {
            // The server has it: say so, and go on with the others. The mark is lost and may be sent again later.
            LOG.log(Level.WARNING, "A mail went out but could not be marked as sent", e);
        }
        return DeliveryResult.sent(m.id(), m.recipient());
    }

    private static List<DeliveryResult> failAll(Outbox outbox, List<OutboxMessage> pending, String reason) {
        List<DeliveryResult> results = new ArrayList<>();
        for (OutboxMessage m : pending) {
            outbox.markFailed(m.id(), reason);
            results.add(DeliveryResult.failed(m.id(), m.recipient(), reason));
        }
        return results;
    }

    private static String protocol(SmtpSettings settings) {
        return settings.security() == SmtpSecurity.SSL ? "smtps" : "smtp";
    }

    private static Properties properties(SmtpSettings settings) {
        String p = "mail." + protocol(settings) + ".";
        String timeout = Integer.toString(TIMEOUT_SECONDS * 1000);
        Properties props = new Properties();
        props.setProperty(p + "connectiontimeout", timeout);
        props.setProperty(p + "timeout", timeout);
        props.setProperty(p + "writetimeout", timeout);
        props.setProperty(p + "auth", Boolean.toString(settings.needsLogin()));
        // Never fall back to plain text when the owner chose a secure connection.
        if (settings.security() == SmtpSecurity.STARTTLS) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (settings.security() != SmtpSecurity.NONE) {
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        settings.envelopeFrom().ifPresent(from -> props.setProperty(p + "from", from));
        return props;
    }
}
