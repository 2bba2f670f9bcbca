package app.makegood.ui;

import app.makegood.store.TeamServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The team database's address is remembered in the Java preferences; the password never is. */
class TeamSettingsTest {
    private final Preferences node = Preferences.userRoot().node("app/makegood/test-team-" + ProcessHandle.current().pid());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void theAddressComesBackAndNothingElseIsKept() throws Exception {
        TeamSettings settings = TeamSettings.in(node);
        assertEquals(Optional.empty(), settings.recall());
        TeamServer server = new TeamServer("db.shop.example", 6543, "books", "ann", TeamServer.Tls.VERIFY_FULL);

        settings.remember(server);

        assertEquals(Optional.of(server), TeamSettings.in(node).recall());
        String[] keys = node.keys();
        Arrays.sort(keys);
        assertEquals("[database, host, port, tls, user]", Arrays.toString(keys), "no password among them");
    }
}
