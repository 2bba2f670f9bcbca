package app.makegood.ui;

import app.makegood.store.DatabaseDamagedException;
import app.makegood.store.DatabaseInUseException;
import app.makegood.store.DatabaseTooNewException;
import app.makegood.store.PassphraseNeededException;
import app.makegood.store.WrongPassphraseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the owner is told, and offered, when the database does not open at start: a plain message and the ways
 * out, never a stack trace. Decided here, without JavaFX, so it can be tested; App only shows it.
 *
 * @param kind     why it did not open
 * @param message  one or two sentences for the owner
 * @param choices  the buttons, in order; {@link Choice#QUIT} always last
 * @param backup   the backup {@link Choice#RESTORE_BACKUP} would restore: the newest that reads in full
 */
public record OpenRescue(Kind kind, String message, List<Choice> choices, Optional<Path> backup) {
    public enum Kind { IN_USE, DAMAGED, TOO_NEW, PASSPHRASE, OTHER }

    public enum Choice { RESTORE_BACKUP, OPEN_OTHER_FOLDER, QUIT }

    /**
     * @param goodBackup the newest backup of the folder that reads in full ({@code Backups.newestVerified}), if any;
     *                   backups that fail the check are never offered
     */
    public static OpenRescue of(Throwable error, Optional<Path> goodBackup) {
        Kind kind = classify(error);
        List<Choice> choices = new ArrayList<>();
        StringBuilder message = new StringBuilder(ErrorMessages.plain(error));
        // H2 cannot tell a wrong passphrase from an encrypted file damaged or cut short: offer the backup too.
        boolean wrongPassphrase = kind == Kind.PASSPHRASE && hasCause(error, WrongPassphraseException.class);
        boolean restorable = (kind == Kind.DAMAGED || kind == Kind.TOO_NEW || wrongPassphrase)
                && goodBackup.isPresent();
        if (restorable) {
            choices.add(Choice.RESTORE_BACKUP);
            message.append("\n\nYou can restore the newest backup that reads in full (")
                    .append(goodBackup.get().getFileName())
                    .append(wrongPassphrase ? ") with that passphrase" : ")")
                    .append("; the file that did not open is kept beside it, renamed, and is never deleted.");
        } else if (kind == Kind.DAMAGED) {
            message.append("\n\nThere is no backup in the backups folder that reads in full. The file is left"
                    + " exactly as it is.");
        }
        choices.add(Choice.OPEN_OTHER_FOLDER);
        choices.add(Choice.QUIT);
        return new OpenRescue(kind, message.toString(), List.copyOf(choices),
                restorable ? goodBackup : Optional.empty());
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public static Kind classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DatabaseInUseException) {
                return Kind.IN_USE;
            }
            if (t instanceof DatabaseDamagedException) {
                return Kind.DAMAGED;
            }
            if (t instanceof DatabaseTooNewException) {
                return Kind.TOO_NEW;
            }
            if (t instanceof PassphraseNeededException || t instanceof WrongPassphraseException) {
                return Kind.PASSPHRASE;
            }
        }
        return Kind.OTHER;
    }
}
