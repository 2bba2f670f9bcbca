package app.makegood.export;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a spreadsheet export into text. A byte-order mark decides when there is one (Excel's
 * "CSV UTF-8" and "Unicode text" write one). Otherwise text that is valid UTF-8 is UTF-8; anything else is
 * taken to be windows-1252, what Excel's plain "CSV" writes on Western European Windows.
 */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF_16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF_16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    record Decoded(String text, Charset charset) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, UTF_8_BOM)) {
            return after(bytes, UTF_8_BOM, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF_16BE_BOM)) {
            return after(bytes, UTF_16BE_BOM, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, UTF_16LE_BOM)) {
            return after(bytes, UTF_16LE_BOM, StandardCharsets.UTF_16LE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] bom) {
        return bytes.length >= bom.length && Arrays.equals(bytes, 0, bom.length, bom, 0, bom.length);
    }

    private static Decoded after(byte[] bytes, byte[] bom, Charset charset) {
        return new Decoded(new String(bytes, bom.length, bytes.length - bom.length, charset), charset);
    }
}
