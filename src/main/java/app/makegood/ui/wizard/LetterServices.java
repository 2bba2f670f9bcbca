package app.makegood.ui.wizard;

import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterKind;
import app.makegood.export.letter.LetterExport;
import app.makegood.store.LetterLog;
import app.makegood.ui.Background;
import app.makegood.ui.FileDialogs;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the Letters step works with, wired by the main window.
 *
 * @param log           the incident's letter history (used off the UI thread)
 * @param editProfile   opens the business profile
 * @param editTemplate  opens the template editor for a kind of letter
 * @param mail          queues the drafts' mails and sends them, recording each one sent
 */
public record LetterServices(LetterExport letters, ObservableValue<BusinessProfile> profile, Background background,
                             FileDialogs files, Consumer<Path> openFile, Clock clock,
                             LetterLog log, Runnable editProfile, Consumer<LetterKind> editTemplate,
                             Mailer mail) {

    /**
     * Sends letters by email; {@code status} hears how it goes, in one plain sentence at a time, and
     * {@code finished} runs once it is over, whatever happened.
     */
    @FunctionalInterface
    public interface Mailer {
        void send(List<LetterExport.Draft> drafts, boolean attachPdf, Consumer<String> status, Runnable finished);
    }
}
