package app.makegood.domain;

import java.text.Normalizer;
import java.util.Map;
import java.util.function.IntPredicate;

/** File names made from user text, safe on Windows, macOS and Linux. */
public final class FileNames {
    private FileNames() {
    }

    public static String safe(String text, String fallback) {
        // Printable first: a right-to-left override would let "gnp.exe" show as "exe.png" in a folder listing.
        String cleaned = Text.printable(Text.composed(text))
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ").strip();
        if (cleaned.codePointCount(0, cleaned.length()) > 80) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, 80)).strip();
        }
        // Linux counts a name in bytes (at most 255): 80 emoji or Chinese characters would not fit with the
        // extension and a temporary file's suffix.
        while (utf8Length(cleaned) > MAX_BYTES) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(cleaned.length(), -1)).strip();
        }
        return cleaned.isEmpty() || cleaned.matches("\\.+") ? fallback : cleaned;
    }

    /** Leaves room in Linux's 255 bytes for " (2).pdf" and a temporary file's ".name123….tmp". */
    private static final int MAX_BYTES = 200;

    private static int utf8Length(String s) {
        return s.codePoints().map(cp -> cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4).sum();
    }

    /** Letters that have no accent to strip but a usual plain spelling. */
    private static final Map<Integer, String> PLAIN = Map.ofEntries(Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "Th"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'ı', "i"));

    /**
     * {@code name} spelled with only the characters {@code encodable} accepts: the one the system can store in a file
     * name. Under a plain-ASCII locale (LANG=C) "Tomás Müller" becomes "Tomas Muller"; what has no plain spelling
     * ("Νίκος") is dropped, so the result may be empty. Names that fit are returned unchanged.
     */
    public static String fitted(String name, IntPredicate encodable) {
        String composed = Text.composed(name);
        if (composed.codePoints().allMatch(encodable)) {
            return composed;
        }
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(cp -> {
            String letter = Character.toString(cp);
            if (encodable.test(cp)) {
                out.append(letter);
            } else if (PLAIN.containsKey(cp) && PLAIN.get(cp).codePoints().allMatch(encodable)) {
                out.append(PLAIN.get(cp));
            } else { // "á" is "a" and an accent: keep the "a"; a letter of another script goes
                Normalizer.normalize(letter, Normalizer.Form.NFD).codePoints().filter(encodable)
                        .filter(part -> Character.getType(part) != Character.NON_SPACING_MARK)
                        .forEach(out::appendCodePoint);
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
