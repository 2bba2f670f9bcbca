package app.makegood.ui;

import app.makegood.domain.letters.Outbox;
import app.makegood.export.letter.LetterExport;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.store.LetterLog;

/**
 * What the main window writes letters with: one exporter shared by every incident, the owner's templates, the
 * outbox and the history of letters sent.
 *
 * @param work the worker for PDFs, files and mail: a slow mail server must never hold up the autosave
 */
public record LetterKit(LetterExport export, LetterTemplates templates, Outbox outbox,
                        LetterLog log, Background work) {
}
