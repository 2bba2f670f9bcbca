package app.makegood.export.mail;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to hand mail to the business's mail server. The password is deliberately not here:
 * it is asked for when sending and never stored.
 *
 * @param user         the login name, or empty when the server needs no login
 * @param envelopeFrom the bounce address (SMTP MAIL FROM) when it must differ from the letter's From
 */
public record SmtpSettings(String host, int port, SmtpSecurity security, String user, Optional<String> envelopeFrom) {
    static final String HOST = "mail.host";
    static final String PORT = "mail.port";
    static final String SECURITY = "mail.security";
    static final String USER = "mail.user";
    /** Not one of the four agreed keys: kept so that a bounce address survives a restart. */
    static final String ENVELOPE_FROM = "mail.envelope-from";

    public SmtpSettings {
        host = Objects.requireNonNullElse(host, "").strip();
        if (host.isEmpty() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Enter the name of the mail server, such as smtp.example.com.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port must be a number from 1 to 65535; "
                    + "your mail provider lists it, often 587 or 465.");
        }
        Objects.requireNonNull(security, "security");
        user = Objects.requireNonNullElse(user, "").strip();
        envelopeFrom = Objects.requireNonNullElse(envelopeFrom, Optional.<String>empty())
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * The settings saved by {@link #toSettings()}, or empty when no mail server is set up yet or the saved
     * values are unusable (the owner then fills the form again).
     */
    public static Optional<SmtpSettings> fromSettings(Map<String, String> values) {
        String host = values.getOrDefault(HOST, "");
        if (host.isBlank()) {
            return Optional.empty();
        }
        try {
            SmtpSecurity security = SmtpSecurity.valueOf(values.getOrDefault(SECURITY, SmtpSecurity.STARTTLS.name()));
            String port = values.getOrDefault(PORT, "");
            return Optional.of(new SmtpSettings(host,
                    port.isBlank() ? security.defaultPort() : Integer.parseInt(port.strip()), security,
                    values.get(USER), Optional.ofNullable(values.get(ENVELOPE_FROM))));
        } catch (IllegalArgumentException e) { // also NumberFormatException
            return Optional.empty();
        }
    }

    /** Every key, the empty ones too, so that saving over older values clears them. */
    public Map<String, String> toSettings() {
        return Map.of(HOST, host, PORT, Integer.toString(port), SECURITY, security.name(), USER, user,
                ENVELOPE_FROM, envelopeFrom.orElse(""));
    }

    public boolean needsLogin() {
        return !user.isEmpty();
    }
}
