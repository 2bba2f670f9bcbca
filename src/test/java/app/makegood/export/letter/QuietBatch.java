package app.makegood.export.letter;

/** A batch listener that only lets the batch run: for tests and the benchmark. */
public final class QuietBatch implements LetterExport.BatchListener {
    @Override
    public void written(LetterExport.Draft draft, LetterExport.Written file) {
    }

    @Override
    public void progress(int done, int total, String customer) {
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
