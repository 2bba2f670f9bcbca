package app.makegood.domain.letters;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogoTest {
    @Test
    void theTypeIsReadFromTheContentNotTheName() {
        assertEquals(Optional.of("image/png"), Logo.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10}));
        assertEquals(Optional.of("image/jpeg"), Logo.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of("image/svg+xml"), Logo.sniff("<?xml version=\"1.0\"?>\n<SVG xmlns=\"\">".getBytes()));
        assertEquals(Optional.empty(), Logo.sniff("%PDF-1.7".getBytes()));
        assertEquals(Optional.empty(), Logo.sniff(new byte[0]));
    }

    @Test
    void tooBigOrUnknownLogosAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Logo(new byte[Logo.MAX_BYTES + 1], "image/png"));
        assertThrows(IllegalArgumentException.class, () -> new Logo(new byte[1], "image/gif"));
    }

    @Test
    void logosAreComparedByContent() {
        assertEquals(new Logo(new byte[]{1, 2}, "image/png"), new Logo(new byte[]{1, 2}, "image/png"));
    }
}
