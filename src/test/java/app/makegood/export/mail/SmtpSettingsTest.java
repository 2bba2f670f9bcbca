package app.makegood.export.mail;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmtpSettingsTest {

    @Test
    void settingsSurviveTheSettingsTableWithoutAPassword() {
        SmtpSettings settings = new SmtpSettings(" smtp.example.com ", 587, SmtpSecurity.STARTTLS, "shop",
                Optional.of("bounces@example.com"));
        Map<String, String> stored = settings.toSettings();
        assertEquals("smtp.example.com", stored.get("mail.host"));
        assertEquals("587", stored.get("mail.port"));
        assertEquals("STARTTLS", stored.get("mail.security"));
        assertEquals("shop", stored.get("mail.user"));
        assertTrue(stored.keySet().stream().noneMatch(k -> k.contains("pass")));
        assertEquals(Optional.of(settings), SmtpSettings.fromSettings(stored));
        assertTrue(settings.needsLogin());
    }

    @Test
    void noServerYetOrUnusableValuesGiveNothing() {
        assertEquals(Optional.empty(), SmtpSettings.fromSettings(Map.of()));
        assertEquals(Optional.empty(), SmtpSettings.fromSettings(Map.of("mail.host", "  ")));
        assertEquals(Optional.empty(), SmtpSettings.fromSettings(Map.of("mail.host", "h", "mail.port", "abc")));
        assertEquals(Optional.empty(), SmtpSettings.fromSettings(Map.of("mail.host", "h", "mail.security", "X")));
    }

    @Test
    void aMissingPortIsTheSecurityDefaultAndNoUserMeansNoLogin() {
        SmtpSettings settings = SmtpSettings.fromSettings(Map.of("mail.host", "mail.example.com", "mail.security", "SSL"))
                .orElseThrow();
        assertEquals(465, settings.port());
        assertEquals("", settings.user());
        assertFalse(settings.needsLogin());
        assertEquals(Optional.empty(), settings.envelopeFrom());
        assertEquals(25, SmtpSecurity.NONE.defaultPort());
        assertEquals(587, SmtpSecurity.STARTTLS.defaultPort());
    }

    @Test
    void hostAndPortAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new SmtpSettings(" ", 25, SmtpSecurity.NONE, "", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SmtpSettings("a b", 25, SmtpSecurity.NONE, "", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SmtpSettings("h", 0, SmtpSecurity.NONE, "", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SmtpSettings("h", 65536, SmtpSecurity.NONE, "", Optional.empty()));
        assertEquals(65535, new SmtpSettings("h", 65535, SmtpSecurity.NONE, null, null).port());
    }
}
