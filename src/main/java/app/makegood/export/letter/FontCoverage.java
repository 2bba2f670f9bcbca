package app.makegood.export.letter;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Which characters of a text no bundled font can draw, so the owner is warned before a PDF prints boxes. */
public final class FontCoverage {
    private final List<Font> fonts;

    public FontCoverage(BundledFonts fonts) {
        this.fonts = Arrays.stream(BundledFonts.Face.values()).map(face -> awtFont(fonts, face)).toList();
    }

    /** Each uncovered character once, in the order it first appears; spaces and control characters are ignored. */
    public List<String> missing(String text) {
        return text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                        && Character.getType(cp) != Character.FORMAT)
                .filter(cp -> fonts.stream().noneMatch(font -> font.canDisplay(cp)))
                .distinct().mapToObj(Character::toString).toList();
    }

    private static Font awtFont(BundledFonts fonts, BundledFonts.Face face) {
        try (InputStream in = fonts.open(face)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new UncheckedIOException(new IOException("The bundled font " + face.file + " cannot be read", e));
        }
    }
}
