package app.makegood.domain.coach;

/**
 * Makes typed text easier to match without moving any offset: each character is swapped for at most one
 * other character, so a match at [s, e) in the result is the span [s, e) of the original.
 */
final class Typography {
    private Typography() {
    }

    static String forMatching(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (out[i]) {
                case '\u2019', '\u2018', '\u02BC', '\u2032', '`' -> '\'';   // word processors curl apostrophes
                case '\u201C', '\u201D' -> '"';
                case '\u00A0', '\u2007', '\u202F' -> ' ';                   // non-breaking spaces
                case '\u2010', '\u2011' -> '-';                             // typographic hyphens
                default -> out[i];
            };
        }
        return new String(out);
    }
}
