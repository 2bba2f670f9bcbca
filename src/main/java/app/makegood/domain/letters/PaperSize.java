package app.makegood.domain.letters;

/** The sheet letters are laid out on. */
public enum PaperSize {
    A4,
    US_LETTER
}
