package app.makegood.export.mail;

import app.makegood.domain.Validation;
import jakarta.mail.internet.InternetAddress;

import java.io.UnsupportedEncodingException;
import java.util.Objects;

/**
 * A person's name and email address. The name may hold any characters ("Zoë Müller", "Smith, John"):
 * it is quoted or RFC 2047 encoded when written, and line breaks in it are flattened to spaces.
 *
 * @param name  shown name, possibly empty
 * @param email a plain address such as {@code bob@example.com}, without a name or angle brackets
 */
public record MailAddress(String name, String email) {

    public MailAddress {
        name = HeaderText.flatten(name);
        email = Objects.requireNonNullElse(email, "").strip();
        if (!Validation.isEmail(email)) { // the domain's rule, so what the wizard accepts can be sent
            throw new IllegalArgumentException("“" + email + "” is not an email address.");
        }
    }

    public static MailAddress of(String email) {
        return new MailAddress("", email);
    }

    /** The address as Jakarta Mail writes it into From and To headers. */
    public InternetAddress toInternetAddress() {
        try {
            return new InternetAddress(email, name.isEmpty() ? null : name, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("Every Java runtime has UTF-8.", e);
        }
    }
}
