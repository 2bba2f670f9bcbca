package app.makegood.export.mail;

/** How the connection to the mail server is protected. */
public enum SmtpSecurity {
    /** Plain text: only for a server on the local network. */
    NONE(25),
    /** Starts plain, then must switch to TLS before anything else is said. */
    STARTTLS(587),
    /** TLS from the first byte ("SMTPS"). */
    SSL(465);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
