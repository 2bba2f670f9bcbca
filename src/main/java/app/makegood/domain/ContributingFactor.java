package app.makegood.domain;

import java.util.List;
import java.util.Objects;

/**
 * One condition that helped the incident happen or made it worse, beside the root cause of the five whys;
 * it may have whys of its own, asked the same way.
 */
public record ContributingFactor(String factor, List<WhyStep> whys) {
    public ContributingFactor {
        factor = Text.orEmpty(factor);
        whys = List.copyOf(Objects.requireNonNullElse(whys, List.of()));
    }

    /** Its whys that hold a question or an answer. */
    public List<WhyStep> answeredWhys() {
        return whys.stream().filter(w -> !w.question().isBlank() || !w.answer().isBlank()).toList();
    }

    public boolean unfilled() {
        return factor.isBlank() && answeredWhys().isEmpty();
    }
}
