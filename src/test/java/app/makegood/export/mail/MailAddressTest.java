package app.makegood.export.mail;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MailAddressTest {

    @Test
    void aBrokenAddressIsRefusedInPlainWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MailAddress.of("bob@"));
        assertEquals("“bob@” is not an email address.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bob", "@example.com", "Bob <bob@example.com>", "a@example.com, b@example.com",
            "bob@example.com\r\nBcc: evil@x.com", "bob smith@example.com"})
    void onlyOnePlainAddressIsAccepted(String email) {
        assertThrows(IllegalArgumentException.class, () -> MailAddress.of(email));
    }

    @Test
    void namesWithAccentsAndCommasAreEncodedNotMangled() throws Exception {
        InternetAddress zoe = new MailAddress("Zoë Müller", "zoe@example.com").toInternetAddress();
        assertFalse(zoe.toString().contains("ë"), "non-ASCII must be RFC 2047 encoded");
        assertEquals("Zoë Müller", new InternetAddress(zoe.toString()).getPersonal());

        InternetAddress smith = new MailAddress("Smith, John", "john@example.com").toInternetAddress();
        InternetAddress[] parsed = InternetAddress.parse(smith.toString());
        assertEquals(1, parsed.length, "the comma must not split the name into two addresses");
        assertEquals("Smith, John", parsed[0].getPersonal());
    }

    @Test
    void lineBreaksInANameBecomeSpaces() {
        assertEquals("Bob Bcc: evil@x.com", new MailAddress("Bob\r\nBcc: evil@x.com", "bob@example.com").name());
    }
}
