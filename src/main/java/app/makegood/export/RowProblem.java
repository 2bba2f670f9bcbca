package app.makegood.export;

/** A row that was not imported: its line in the file (1-based) and why, in plain words. */
public record RowProblem(int line, String reason) {
}
