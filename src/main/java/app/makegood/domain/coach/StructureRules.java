package app.makegood.domain.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules that read a sentence's structure from tagged words instead of listing its wordings, because each kind
 * is said in too many ways for a phrase list (issue 15):
 * <ul>
 *   <li>FEELINGS_NOT_ACTS: what the apology is for is a feeling ("sorry for the anxiety and frustration",
 *   "the confusion the policy caused"), or the reader's reaction ("apologise to anyone that thought...",
 *   "sorry that you felt let down", "the ad has offended several persons").
 *   <li>SELF_FOCUS: the writer as the one who feels: "I/we" + be/feel + an emotion ("we are deeply saddened").
 *   <li>BLAME_SHIFTING: a causal connective ("due to", "as a result of", "caused by") before an outside cause
 *   (weather, a curfew, demand, a supplier, attackers) in the apology part.
 *   <li>PASSIVE_EVASIVE: an apology whose object is an agentless event or the reader being affected ("sorry
 *   that this happened", "sorry that your flight was affected"; labelling guide amendments 1 and 8).
 *   <li>MINIMISING: "inconvenience" as the harm, whatever its determiner, and "inconvenienced" readers.
 * </ul>
 */
final class StructureRules {
    private static final Set<String> APOLOGY = Set.of("sorry", "apologise", "apologize", "apology", "apologies",
            "apologetic", "regret");
    private static final Set<String> FEELINGS = Set.of("frustration", "confusion", "anxiety", "concern", "stress",
            "upset", "distress", "angst", "anger", "disappointment", "offence", "offense", "hurt", "worry",
            "discomfort", "uproar", "outrage", "annoyance", "alarm", "fear");
    private static final Set<String> CAUSING = Set.of("cause", "create", "generate", "bring", "spark", "prompt");
    private static final Set<String> READERS = Set.of("you", "anyone", "anybody", "those", "people", "persons",
            "everyone", "everybody", "customers", "fans", "members", "users", "guests");
    private static final Set<String> REACTIONS = Set.of("feel", "think", "believe");
    private static final Set<String> EMOTIONS = Set.of("upset", "saddened", "sad", "embarrassed", "heartbroken",
            "devastated", "ashamed", "mortified", "disturbed", "shocked", "horrified",
            "humbled", "gutted", "distraught", "troubled", "paralyzed", "paralysed", "frustrated", "disappointed",
            "angry", "hurt", "sick", "terrible", "awful", "dismayed", "distressed", "sickened", "crushed");
    private static final Set<String> OUTSIDE = Set.of("weather", "storm", "snow", "snowfall", "ice", "curfew",
            "volume", "demand", "traffic", "strike", "pandemic", "supplier", "vendor", "partner", "provider",
            "processor", "authority", "authorities", "regulator", "government", "hacker", "attacker", "criminal",
            "party", "actor", "contractor", "courier", "carrier", "hurricane", "flood", "heatwave", "fog", "wind");
    private static final Set<String> AFFECTED = Set.of("affect", "impact", "disrupt", "inconvenience");
    private static final Set<String> MAGNIFIERS = Set.of("major", "significant", "serious", "huge", "great",
            "considerable", "severe", "real");

    private StructureRules() {
    }

    static List<Finding> find(LetterPart part, String original, List<Token> tokens) {
        List<Finding> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentenceStart()) {
                sentence(part, original, tokens.subList(start, i), out);
                start = i;
            }
        }
        return out;
    }

    private static void sentence(LetterPart part, String original, List<Token> t, List<Finding> out) {
        int apology = firstApology(t);
        for (int i = 0; i < t.size(); i++) {
            int k = i;
            if (apology >= 0 && i > apology) {
                feelingAfterApology(t, i).ifPresent(end -> out.add(finding(Rule.FEELINGS_NOT_ACTS, part, original, t, k, end)));
                reaction(t, i).ifPresent(end -> out.add(finding(Rule.FEELINGS_NOT_ACTS, part, original, t, k, end)));
                affected(t, i).ifPresent(end -> out.add(finding(Rule.PASSIVE_EVASIVE, part, original, t, k, end)));
                happened(t, i).ifPresent(end -> out.add(finding(Rule.PASSIVE_EVASIVE, part, original, t, k, end)));
            }
            inconvenience(t, i).ifPresent(end -> out.add(finding(Rule.MINIMISING, part, original, t, k, end)));
            feelingCaused(t, i).ifPresent(end -> out.add(finding(Rule.FEELINGS_NOT_ACTS, part, original, t, k, end)));
            ownFeeling(t, i).ifPresent(end -> out.add(finding(Rule.SELF_FOCUS, part, original, t, k, end)));
            if (part == LetterPart.ADMIT) {
                outsideCause(t, i).ifPresent(end -> out.add(finding(Rule.BLAME_SHIFTING, part, original, t, k, end)));
            }
        }
    }

    private static int firstApology(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("apologies") || t.get(i).readings().stream()
                    .anyMatch(r -> r.lemma() != null && APOLOGY.contains(r.lemma().toLowerCase(java.util.Locale.ROOT)))) {
                return i;
            }
        }
        return -1;
    }

    /** "sorry for the anxiety, frustration and inconvenience": a feeling after "for"/"about" in the apology. */
    private static Optional<Integer> feelingAfterApology(List<Token> t, int i) {
        if (!feeling(t.get(i))) {
            return Optional.empty();
        }
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (t.get(k).is("for", "about")) {
                return Optional.of(i);
            }
            if (feeling(t.get(k)) || !(t.get(k).tagged("DT", "JJ", "PRP$", "CC") || t.get(k).is(","))) {
                return Optional.empty(); // one finding per list of feelings, on its first
            }
        }
        return Optional.empty();
    }

    /** "the confusion and angst the policy we announced caused": a feeling as what the act caused. */
    private static Optional<Integer> feelingCaused(List<Token> t, int i) {
        if (!feeling(t.get(i)) || i == 0 || !t.get(i - 1).tagged("DT", "PRP$", "JJ", "CC")) {
            return Optional.empty();
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 9); k++) {
            if (t.get(k).is(".", ";", "!", "?", "for", "about", "with")) {
                return Optional.empty();
            }
            if (t.get(k).tagged("VBD", "VBN", "VBZ") && lemma(t.get(k), CAUSING)) {
                // "the distress I caused" owns the act; "the confusion the policy caused" does not
                return t.get(k - 1).is("i", "we") ? Optional.empty() : Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** "to anyone that thought", "that you felt so let down", "the ad has offended several persons". */
    private static Optional<Integer> reaction(List<Token> t, int i) {
        Token w = t.get(i);
        if (w.lemma("offend") && w.tagged("VBD", "VBN", "VBZ") && !t.get(i - 1).is("not", "never", "n't")) {
            return Optional.of(i);
        }
        if (!READERS.contains(w.lower())) {
            return Optional.empty();
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
            if (lemma(t.get(k), REACTIONS) && t.get(k).tagged("VB")) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** "sorry that your flight was affected", "sorry you were impacted" in the apology. */
    private static Optional<Integer> affected(List<Token> t, int i) {
        if (!t.get(i).lemma("be") || !t.get(i).tagged("VB")) {
            return Optional.empty();
        }
        int j = i + 1;
        while (j < t.size() && t.get(j).tagged("RB") && !t.get(j).tagged("VBN")) {
            j++;
        }
        if (j >= t.size() || !t.get(j).tagged("VBN") || !lemma(t.get(j), AFFECTED)) {
            return Optional.empty();
        }
        for (int k = i - 1; k >= Math.max(0, i - 4) && !t.get(k).is("who", "that"); k--) {
            if (t.get(k).is("you", "your")) {
                return Optional.of(j); // not "those of you who were affected": that names who, not what
            }
        }
        return Optional.empty();
    }

    /** "sorry that this happened", "sorry this has occurred": an event with no one in it. */
    private static Optional<Integer> happened(List<Token> t, int i) {
        if (!t.get(i).is("this", "it", "that")) {
            return Optional.empty();
        }
        int j = i + 1;
        if (j < t.size() && t.get(j).is("has", "had", "ever")) {
            j++;
        }
        return j < t.size() && t.get(j).lemma("happen", "occur") && t.get(j).tagged("VBD", "VBN")
                ? Optional.of(j) : Optional.empty();
    }

    /**
     * "the anxiety, frustration and inconvenience", "some inconvenience", "the inconvenience of it": the harm
     * called an inconvenience, in an apology or not (a real harm is never only an inconvenience to the one who had it).
     */
    private static Optional<Integer> inconvenience(List<Token> t, int i) {
        if (t.get(i).is("inconvenienced") && t.get(i).tagged("VBN")) {
            return Optional.of(i); // "those of you who have been inconvenienced"
        }
        if (!t.get(i).lemma("inconvenience") || !t.get(i).tagged("NN") || i == 0) {
            return Optional.empty();
        }
        Token before = t.get(i - 1);
        return MAGNIFIERS.contains(before.lower()) || before.tagged("MD") ? Optional.empty() : Optional.of(i);
    }

    /** "we are deeply saddened", "I was upset", "we felt paralyzed": the writer's feeling takes the stage. */
    private static Optional<Integer> ownFeeling(List<Token> t, int i) {
        if (!t.get(i).is("i", "we")) {
            return Optional.empty();
        }
        int j = i + 1;
        if (j < t.size() && (t.get(j).is("'m", "'re", "am", "are", "was", "were", "feel", "felt", "remain", "remained"))) {
            j++;
        } else if (j + 1 < t.size() && t.get(j).lemma("have") && t.get(j + 1).is("been", "felt")) {
            j += 2;
        } else {
            return Optional.empty();
        }
        while (j < t.size() && (t.get(j).tagged("RB") || t.get(j).is("so", "very", "all", "also", "just"))
                && !EMOTIONS.contains(t.get(j).lower())) {
            j++;
        }
        return j < t.size() && EMOTIONS.contains(t.get(j).lower()) ? Optional.of(j) : Optional.empty();
    }

    /** "due to the heavy snowfall", "as a result of the weather", "caused by a third party". */
    private static Optional<Integer> outsideCause(List<Token> t, int i) {
        int j = connectiveEnd(t, i);
        if (j < 0) {
            return Optional.empty();
        }
        for (int k = j; k < Math.min(t.size(), j + 7); k++) {
            Token w = t.get(k);
            if (w.tagged("NN") && (OUTSIDE.contains(w.lower()) || lemma(w, OUTSIDE))) {
                return Optional.of(k);
            }
            if (w.tagged("NNP") && k + 1 < t.size() && t.get(k + 1).tagged("POS")) {
                return Optional.of(k + 1); // "as a result of Inbenta's product": another company's doing
            }
            if (!(w.tagged("DT", "JJ", "NN", "PRP$", "VBN", "HYPH", "POS") || w.is("-", "between", "among") || untagged(w))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The index after a causal connective starting at {@code i}, or -1. */
    private static int connectiveEnd(List<Token> t, int i) {
        Token w = t.get(i);
        if (i + 1 >= t.size()) {
            return -1;
        }
        Token next = t.get(i + 1);
        if ((w.is("due", "owing") && next.is("to")) || (w.is("because") && next.is("of"))
                || (w.is("caused", "disrupted", "prompted", "forced") && next.is("by"))) {
            return i + 2;
        }
        if (w.is("as") && next.is("a") && i + 3 < t.size() && t.get(i + 2).is("result") && t.get(i + 3).is("of")) {
            return i + 4;
        }
        return -1;
    }

    /** A word the tagger doesn't know, such as a code or a name ("BHD"). */
    private static boolean untagged(Token w) {
        return w.readings().stream().allMatch(r -> r.tag() == null);
    }

    private static boolean feeling(Token w) {
        return w.tagged("NN") && (FEELINGS.contains(w.lower()) || lemma(w, FEELINGS));
    }

    private static boolean lemma(Token w, Set<String> lemmas) {
        return w.readings().stream().anyMatch(r -> r.lemma() != null
                && lemmas.contains(r.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Finding finding(Rule rule, LetterPart part, String original, List<Token> t, int from, int to) {
        int start = t.get(from).start();
        int end = t.get(to).end();
        return new Finding(rule, rule.severity(), part, start, end, original.substring(start, end), rule.message(),
                Optional.empty());
    }
}
