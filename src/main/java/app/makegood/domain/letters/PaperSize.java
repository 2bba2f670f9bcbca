package app.makegood.domain.letters;

/** The sheet letters are laid out on. */
public enum PaperSize {
    A4,
    US_LETTER;

    /** The paper most offices use in a country (ISO code): US Letter in North America and a few others, else A4. */
    public static PaperSize usualIn(String country) {
        return switch (country == null ? "" : country) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR" -> US_LETTER;
            default -> A4;
        };
    }
}
