package app.makegood.domain.letters;

import app.makegood.domain.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the letters come from: the letterhead, the signature and the paper. Text fields are never null
 * (empty means "not filled in yet"); {@code address} may hold several lines.
 */
public record BusinessProfile(
        String name,
        String address,
        String phone,
        String email,
        String website,
        Optional<Logo> logo,
        String signerName,
        String signerRole,
        String signOff,
        PaperSize paper) {

    public static final BusinessProfile EMPTY =
            new BusinessProfile("", "", "", "", "", Optional.empty(), "", "", "", PaperSize.A4);

    public BusinessProfile {
        name = Text.orEmpty(name);
        address = Text.orEmpty(address);
        phone = Text.orEmpty(phone);
        email = Text.orEmpty(email);
        website = Text.orEmpty(website);
        logo = Objects.requireNonNullElse(logo, Optional.empty());
        signerName = Text.orEmpty(signerName);
        signerRole = Text.orEmpty(signerRole);
        signOff = Text.orEmpty(signOff);
        paper = Objects.requireNonNullElse(paper, PaperSize.A4);
    }

    /** A letter needs at least a business name to sign with. */
    public boolean isReadyForLetters() {
        return !name.isBlank();
    }
}
