package app.makegood.ui;

import app.makegood.store.Database;
import app.makegood.store.TeamServer;

import java.util.Optional;

/**
 * Which workbook the window works on, and the way to another (issue 19): the owner's own H2 file, or a shared team
 * database on a PostgreSQL server. Implemented by the application, which reopens the window on the one chosen.
 */
public interface Workbooks {
    /** The team database the window is on; empty on the owner's own workbook. */
    Optional<TeamServer> team();

    /** The owner's own workbook while it is the one open (what "Copy my workbook" copies); empty on a team one. */
    Optional<Database> own();

    /** The password typed this session for {@code server}, in memory only; empty when none was typed. */
    Optional<char[]> password(TeamServer server);

    TeamSettings settings();

    /** Runs connecting and copying apart from the window's worker, which keeps saving meanwhile. */
    Background work();

    /** Reopens the window on the team database, opened and migrated already. */
    void useTeam(TeamServer server, char[] password, Database opened);

    /** Reopens the window on the owner's own workbook in the data folder. */
    void useOwn();
}
