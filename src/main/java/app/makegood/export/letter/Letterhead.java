package app.makegood.export.letter;

import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.Logo;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The business's part of every document's view: what {@code {{> letterhead}}} and the signature show. */
final class Letterhead {
    private Letterhead() {
    }

    static void addTo(Map<String, Object> view, BusinessProfile from) {
        view.put("businessName", from.name().strip());
        view.put("businessAddress", from.address().strip());
        List<String> contacts = Stream.of(from.phone(), from.email(), from.website())
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        view.put("contacts", contacts);
        view.put("phone", from.phone().strip());
        view.put("logo", from.logo().filter(LetterRenderer::canShow).map(Letterhead::dataUri).orElse(""));
    }

    /** Embedded in the document itself: the PDF engine never has to fetch anything. */
    private static String dataUri(Logo logo) {
        return "data:" + logo.mediaType() + ";base64," + Base64.getEncoder().encodeToString(logo.bytes());
    }
}
