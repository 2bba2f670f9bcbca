package app.makegood.export.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fonts shipped in {@code assets/fonts/}, read once into memory: every PDF embeds them, so letters look
 * the same on every machine whatever fonts it has.
 */
public final class BundledFonts {
    /** One font file and how CSS names it. */
    public enum Face {
        SERIF("NotoSerif-Regular.ttf", "Noto Serif", 400, false),
        SERIF_BOLD("NotoSerif-Bold.ttf", "Noto Serif", 700, false),
        SERIF_ITALIC("NotoSerif-Italic.ttf", "Noto Serif", 400, true),
        SANS("NotoSans-Regular.ttf", "Noto Sans", 400, false),
        SANS_BOLD("NotoSans-Bold.ttf", "Noto Sans", 700, false),
        /** The fallback: wider symbol coverage (✓ and others) than Noto. */
        FALLBACK("DejaVuSans.ttf", "DejaVu Sans", 400, false);

        final String file;
        final String family;
        final int weight;
        final boolean italic;

        Face(String file, String family, int weight, boolean italic) {
            this.file = file;
            this.family = family;
            this.weight = weight;
            this.italic = italic;
        }
    }

    private static BundledFonts loaded;
    private final Map<Face, byte[]> bytes;

    private BundledFonts(Map<Face, byte[]> bytes) {
        this.bytes = bytes;
    }

    /** Reads the fonts on the first call and shares them afterwards; the bytes are never changed. */
    public static synchronized BundledFonts load() {
        if (loaded == null) {
            Map<Face, byte[]> read = new EnumMap<>(Face.class);
            for (Face face : Face.values()) {
                read.put(face, read(face));
            }
            loaded = new BundledFonts(read);
        }
        return loaded;
    }

    private static byte[] read(Face face) {
        String path = "/assets/fonts/" + face.file;
        try (InputStream in = BundledFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("The font " + path + " is missing from this copy of MakeGood; reinstall it.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** A fresh stream over the font's bytes each time: the PDF engine closes what it reads. */
    InputStream open(Face face) {
        return new ByteArrayInputStream(bytes.get(face));
    }
}
