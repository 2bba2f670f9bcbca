package app.makegood.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A page that backs the postmortem up (a ticket, a photo album, the supplier's report), with a label to show.
 * The address is kept as typed, so a half-typed one is not lost; {@link #problem} says whether it is a web address
 * an export may link to.
 */
public record SupportingLink(String label, String url) {
    public SupportingLink {
        label = Text.orEmpty(label);
        url = Text.orEmpty(url).strip();
    }

    /** What is wrong with the address, in plain words; empty when it is a complete http or https address. */
    public Optional<String> problem() {
        return problem(url);
    }

    public boolean linkable() {
        return problem().isEmpty();
    }

    /** The label, or the address when there is none. */
    public String shownAs() {
        return label.isBlank() ? url : label;
    }

    /** Only web addresses: a javascript: or file: link in a shared postmortem would be a trap for its reader. */
    public static Optional<String> problem(String url) {
        String u = Text.orEmpty(url).strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // described below, the same as any other address that is not a web address
        }
        return Optional.of("is not a web address; write it in full, such as https://example.com/report");
    }
}
