package app.makegood.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the standard postmortem templates (Google SRE, Atlassian, PagerDuty) ask for beyond the five whys, in the
 * owner's own words: the trigger, the contributing factors (each with its own whys), the impact as the owner sees it
 * with figures of their own ({@code peopleAffected} beyond the customer list, {@code moneyLost} in the business
 * currency), what went well, what went wrong, where we got lucky, the lessons learned and supporting links.
 * Texts are never null; an empty text or figure is a section the owner has not filled, and exports leave it out.
 */
public record PostmortemNotes(
        String trigger,
        List<ContributingFactor> factors,
        String impact,
        Optional<Long> peopleAffected,
        Optional<BigDecimal> moneyLost,
        String wentWell,
        String wentWrong,
        String gotLucky,
        String lessons,
        List<SupportingLink> links) {

    public static final PostmortemNotes EMPTY = new PostmortemNotes("", List.of(), "", Optional.empty(),
            Optional.empty(), "", "", "", "", List.of());

    public PostmortemNotes {
        trigger = Text.orEmpty(trigger);
        factors = List.copyOf(Objects.requireNonNullElse(factors, List.of()));
        impact = Text.orEmpty(impact);
        peopleAffected = Objects.requireNonNullElse(peopleAffected, Optional.empty());
        moneyLost = Objects.requireNonNullElse(moneyLost, Optional.empty());
        wentWell = Text.orEmpty(wentWell);
        wentWrong = Text.orEmpty(wentWrong);
        gotLucky = Text.orEmpty(gotLucky);
        lessons = Text.orEmpty(lessons);
        links = List.copyOf(Objects.requireNonNullElse(links, List.of()));
    }

    /** Factors that say something: a factor with neither text nor an answered why is an unfilled row. */
    public List<ContributingFactor> filledFactors() {
        return factors.stream().filter(f -> !f.unfilled()).toList();
    }

    /** Links with an address; a label alone links to nothing. */
    public List<SupportingLink> filledLinks() {
        return links.stream().filter(l -> !l.url().isBlank()).toList();
    }

    /** True when the owner gave any figure of their own for the impact (a zero counts: it was said). */
    public boolean hasImpactFigures() {
        return peopleAffected.isPresent() || moneyLost.isPresent();
    }

    /** True when the owner has written nothing here yet. (No "is" prefix: JSON would take it for a field.) */
    public boolean unfilled() {
        return trigger.isBlank() && filledFactors().isEmpty() && impact.isBlank() && !hasImpactFigures()
                && wentWell.isBlank() && wentWrong.isBlank() && gotLucky.isBlank() && lessons.isBlank()
                && filledLinks().isEmpty();
    }
}
