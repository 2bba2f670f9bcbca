package app.makegood.ui;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PassphraseRulesTest {
    @Test
    void aNewPassphraseIsLongEnoughAndTypedTwiceTheSame() {
        assertEquals(Optional.of("encrypt.tooShort"), PassphraseDialogs.problem("short", "short"));
        assertEquals(Optional.of("encrypt.mismatch"), PassphraseDialogs.problem("long enough", "long enougH"));
        assertEquals(Optional.empty(), PassphraseDialogs.problem("long enough", "long enough"));
        assertEquals(Optional.empty(), PassphraseDialogs.problem("with spaces and €", "with spaces and €"));
    }
}
