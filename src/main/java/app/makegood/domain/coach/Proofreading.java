package app.makegood.domain.coach;

import java.util.List;

/**
 * A spelling or grammar slip found by the language engine, at [start, end) of the checked text, with the
 * engine's own rule name (e.g. MORFOLOGIK_RULE_EN_GB, MODAL_OF) and its replacements, best first.
 */
public record Proofreading(Rule rule, String engineRule, int start, int end, String message,
                           List<String> replacements) {
    public Proofreading {
        if (rule != Rule.SPELLING && rule != Rule.GRAMMAR) {
            throw new IllegalArgumentException("a proofreading is SPELLING or GRAMMAR, not " + rule);
        }
        replacements = List.copyOf(replacements);
    }
}
