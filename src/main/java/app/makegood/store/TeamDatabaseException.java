package app.makegood.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The team database could not be used, with what went wrong in words the owner can act on: the server cannot be
 * reached, the login was refused, the database is not there, the server is too old, or the secure connection failed.
 */
public class TeamDatabaseException extends StoreException {
    /** PostgreSQL 13 is the oldest with upstream support when this was written; MakeGood is tested on 15. */
    public static final int OLDEST_SERVER = 13;

    public enum Problem { UNREACHABLE, LOGIN, NO_DATABASE, TOO_OLD, TLS, OTHER }

    private final Problem problem;

    TeamDatabaseException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The server answered but runs a PostgreSQL older than {@link #OLDEST_SERVER}. */
    static TeamDatabaseException tooOld(String version) {
        return new TeamDatabaseException(Problem.TOO_OLD, "The server runs PostgreSQL " + version + ", which is too old:"
                + " MakeGood needs PostgreSQL " + OLDEST_SERVER + " or newer. Ask whoever runs the server to upgrade it.",
                null);
    }

    /**
     * Reads what the driver said. Its SQLStates: 28P01 wrong password, 28000 login not allowed, 3D000 no such
     * database, 08xxx the connection itself (refused, timed out, TLS); a password demanded but not given is an 08004.
     */
    static TeamDatabaseException of(SQLException e, String host, String database) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String said = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (causedByTls(e) || (state.startsWith("08") && said.contains("ssl"))) {
            return new TeamDatabaseException(Problem.TLS, "The secure (TLS) connection to " + host + " failed. If the"
                    + " server has no certificate for its name, choose \"Encrypted\" rather than \"Encrypted and"
                    + " checked\"; if it does not offer TLS at all, ask whoever runs it.", e);
        }
        if (state.equals("28P01") || state.equals("28000") || (state.equals("08004") && said.contains("password"))) {
            return new TeamDatabaseException(Problem.LOGIN, "The server " + host + " refused the user name or password."
                    + " Check both (the password is case-sensitive) and try again.", e);
        }
        if (state.equals("3D000")) {
            return new TeamDatabaseException(Problem.NO_DATABASE, "The server " + host + " has no database named \""
                    + database + "\". Check the name, or ask whoever runs the server to create it.", e);
        }
        if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)
                || causedBy(e, NoRouteToHostException.class) || causedBy(e, SocketTimeoutException.class)
                || state.equals("08001")) {
            return new TeamDatabaseException(Problem.UNREACHABLE, "MakeGood cannot reach the server " + host + ". Check"
                    + " its name and port, that it is running, and that this computer can reach it (network, VPN).", e);
        }
        return new TeamDatabaseException(Problem.OTHER, "MakeGood cannot use the team database \"" + database + "\" on "
                + host + " (" + e.getMessage() + ").", e);
    }

    /** By name: the driver does the TLS, MakeGood's store only reads what it threw (javax.net.ssl.*). */
    private static boolean causedByTls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("javax.net.ssl.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
