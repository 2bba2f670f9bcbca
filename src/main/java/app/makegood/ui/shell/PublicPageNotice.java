package app.makegood.ui.shell;

import app.makegood.ui.Messages;
import app.makegood.domain.Replacement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the owner reads before a public page is written: each wording that will be replaced and by what, so a
 * name the rule missed, or an innocent word it caught, can be reworded before anything goes public.
 */
final class PublicPageNotice {
    /** A dialog holds this many lines comfortably; the rest are counted. */
    static final int SHOWN = 12;

    private PublicPageNotice() {
    }

    /** The confirmation text, or nothing when nothing is replaced (then there is nothing to confirm). */
    static Optional<String> text(Messages messages, List<Replacement> replacements) {
        if (replacements.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(replacements.stream().limit(SHOWN).map(Replacement::describe).toList());
        if (replacements.size() > SHOWN) {
            lines.add(messages.get("public.confirm.more", replacements.size() - SHOWN));
        }
        return Optional.of(messages.get("public.confirm", String.join("\n", lines)));
    }

    /**
     * As {@link #text(Messages, List)}, and when the page's "What happened" is drawn from Explain (the owner wrote
     * no public text) says so and where to write one: nothing is published that the owner has not seen named.
     */
    static Optional<String> text(Messages messages, List<Replacement> replacements, boolean drawnFromExplain) {
        Optional<String> replaced = text(messages, replacements);
        if (!drawnFromExplain) {
            return replaced;
        }
        String note = messages.get("public.confirm.fromExplain");
        return Optional.of(replaced.map(t -> note + "\n\n" + t).orElse(note));
    }
}
