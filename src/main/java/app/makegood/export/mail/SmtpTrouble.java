package app.makegood.export.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Puts a failure to talk to the mail server into words a shop owner can act on. */
final class SmtpTrouble {
    private static final String STAYS = " The letter stays in the outbox.";

    private SmtpTrouble() {
    }

    /** Why the connection or login failed; every message in the run is affected. */
    static String connecting(SmtpSettings settings, Exception e) {
        String server = "the mail server at " + settings.host();
        String reason;
        if (find(e, UnknownHostException.class)) {
            reason = "MakeGood cannot find " + server + ". Check the server name, and that this computer is online.";
        } else if (find(e, ConnectException.class) || find(e, NoRouteToHostException.class)) {
            reason = capitalised(server) + " refused the connection on port " + settings.port()
                    + ". Check the port, and that this computer is online.";
        } else if (find(e, SocketTimeoutException.class)) {
            reason = capitalised(server) + " did not answer within " + Postman.TIMEOUT_SECONDS + " seconds.";
        } else if (find(e, AuthenticationFailedException.class)) {
            reason = capitalised(server) + " did not accept the user name or password.";
        } else if (find(e, SSLException.class)) {
            reason = "No secure connection could be made with " + server
                    + ". Check that the security setting and the port match what your mail provider says.";
        } else if (settings.security() == SmtpSecurity.STARTTLS && String.valueOf(e.getMessage()).contains("STARTTLS")) {
            // Angus Mail has no exception type for a refused STARTTLS, only this message text.
            reason = capitalised(server) + " does not offer a secure connection (STARTTLS) on port "
                    + settings.port() + ". Check the port with your mail provider.";
        } else {
            reason = "MakeGood could not talk to " + server + "." + serverSaid(e);
        }
        return reason + STAYS;
    }

    /** Why one message was not accepted while the others may still go. */
    static String sending(String recipient, Exception e) {
        String reason;
        if (e instanceof AddressException) { // the outbox row's recipient; server refusals come as SendFailedException
            reason = "“" + recipient + "” is not an email address.";
        } else if (find(e, SMTPAddressFailedException.class) || e instanceof SendFailedException) {
            reason = "The mail server would not deliver to " + recipient + "." + serverSaid(e);
        } else {
            reason = "The mail to " + recipient + " could not be sent." + serverSaid(e);
        }
        return reason + STAYS;
    }

    /** The server's own reply, when it gave one: support staff at the provider can act on it. */
    private static String serverSaid(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof SMTPSendFailedException || t instanceof SMTPAddressFailedException)
                    && t.getMessage() != null) {
                return " The server said: “" + t.getMessage().strip() + "”.";
            }
        }
        return "";
    }

    private static boolean find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
