package app.makegood.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a team workbook lives (issue 19): a PostgreSQL server, a database on it, the user to log in as and how the
 * connection is protected. No password: that is kept in memory only, and given apart from the address.
 */
public record TeamServer(String host, int port, String database, String user, Tls tls) {
    public static final int DEFAULT_PORT = 5432;

    /** How the connection is protected, as PostgreSQL's sslmode names it. */
    public enum Tls {
        /** No encryption: for a server on the same trusted network. */
        DISABLE("disable"),
        /** Encrypted, but the server's certificate is not checked. */
        REQUIRE("require"),
        /** Encrypted, and the certificate must be valid for the host name. */
        VERIFY_FULL("verify-full");

        private final String sslmode;

        Tls(String sslmode) {
            this.sslmode = sslmode;
        }

        public String sslmode() {
            return sslmode;
        }
    }

    public TeamServer {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        tls = tls == null ? Tls.REQUIRE : tls;
    }

    /** What is missing or wrong, in plain words; empty when the address can be tried. */
    public Optional<String> problem() {
        if (host.isEmpty()) {
            return Optional.of("Type the server's name or address.");
        }
        if (host.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == '/' || ch == '?' || ch == '@')) {
            return Optional.of("The server's name cannot hold spaces or the signs / ? @.");
        }
        if (port < 1 || port > 65535) {
            return Optional.of("The port is a number from 1 to 65535 (PostgreSQL's usual port is 5432).");
        }
        if (database.isEmpty()) {
            return Optional.of("Type the name of the database on the server.");
        }
        if (user.isEmpty()) {
            return Optional.of("Type the user name to log in with.");
        }
        return Optional.empty();
    }

    /** The JDBC address, without the password: the same kind of address --database-url takes. */
    public String url() {
        String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // an IPv6 address
        return "jdbc:postgresql://" + name + ":" + port + "/" + encoded(database) + "?user=" + encoded(user)
                + "&sslmode=" + tls.sslmode();
    }

    /** How the window names this workbook: "makegood on server.example.com" (the port only when not the usual). */
    public String shortName() {
        return database + " on " + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    /** The driver reads the database and parameters URL-decoded, so any character survives. */
    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
