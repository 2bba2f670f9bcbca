package app.makegood.export.mail;

import app.makegood.domain.Validation;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One rule for "is this an email address": the wizard and imports (domain) and sending mail agree on it. */
class EmailRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"zoe@example.co.uk", " ann@x.com ", "o'brien@x.ie", "a+shop@x.com", "zoë@exämple.de",
            "first.last@sub.example.com", "a!b@x.com"})
    void whatTheWizardAcceptsCanBeSent(String email) {
        assertEquals(true, Validation.isEmail(email));
        MailAddress address = assertDoesNotThrow(() -> MailAddress.of(email));
        assertDoesNotThrow(() -> new InternetAddress(address.email(), true).validate(), "Jakarta Mail takes it too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bob", "zoe@example", "Bob <bob@x.com>", "a,b@x.com", "a@x.com, b@x.com",
            "bob smith@x.com", "a..b@x.com", ".a@x.com", "a.@x.com", "a@x..com", "a@x.com.", "a(b)@x.com",
            "\"a b\"@x.com", "a@[1.2.3.4]", "a@x_y.com", "bob@x.com\r\nBcc: evil@x.com", "a@b@x.com"})
    void whatTheWizardRefusesCannotBeSent(String email) {
        assertFalse(Validation.isEmail(email));
        assertFalse(sendable(email));
    }

    private static boolean sendable(String email) {
        try {
            MailAddress.of(email);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
