package app.makegood.ui;

import app.makegood.store.TeamServer;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The team database last used (server, port, database, user, TLS mode), remembered on this computer between runs.
 * There is no password here on purpose: it stays in memory for the session only.
 */
public interface TeamSettings {
    Optional<TeamServer> recall();

    void remember(TeamServer server);

    /** In the user's Java preferences, beside the window's place. */
    static TeamSettings preferences() {
        return in(Preferences.userRoot().node("app/makegood/team"));
    }

    static TeamSettings in(Preferences node) {
        Logger log = Logger.getLogger(TeamSettings.class.getName());
        return new TeamSettings() {
            @Override
            public Optional<TeamServer> recall() {
                String host = node.get("host", null);
                if (host == null) {
                    return Optional.empty();
                }
                TeamServer.Tls tls;
                try {
                    tls = TeamServer.Tls.valueOf(node.get("tls", TeamServer.Tls.REQUIRE.name()));
                } catch (IllegalArgumentException e) {
                    tls = TeamServer.Tls.REQUIRE;
                }
                return Optional.of(new TeamServer(host, node.getInt("port", TeamServer.DEFAULT_PORT),
                        node.get("database", ""), node.get("user", ""), tls));
            }

            @Override
            public void remember(TeamServer server) {
                node.put("host", server.host());
                node.putInt("port", server.port());
                node.put("database", server.database());
                node.put("user", server.user());
                node.put("tls", server.tls().name());
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    log.log(Level.INFO, "The team database settings were not kept", e);
                }
            }
        };
    }

    /** Kept for this run only: for tests, which must not touch the person's own preferences. */
    static TeamSettings inMemory() {
        return new TeamSettings() {
            private volatile TeamServer kept;

            @Override
            public Optional<TeamServer> recall() {
                return Optional.ofNullable(kept);
            }

            @Override
            public void remember(TeamServer server) {
                kept = server;
            }
        };
    }
}
