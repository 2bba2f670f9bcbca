package app.makegood.domain.coach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules where grammar decides, read from tagged words rather than from word lists, so that they hold for
 * any verb, regular or irregular ("was forgotten", "were sent", "was poorly communicated"):
 * <ul>
 *   <li>PASSIVE_EVASIVE: a form of "be" or "get", maybe an adverb or "not", then a past participle, with no
 *   "by us" after it; or an agentless event ("an error occurred", "we experienced an outage"). A passive that
 *   reports a remedy ("your refund was issued") or an announced future step ("you will be contacted") is fine.
 *   <li>HEDGED_IMPACT: a modal "may/might/could" before "have" and a participle of harm ("may have been
 *   accessed"), or before a verb of impact ("may affect"), or "potentially/possibly" before one.
 *   <li>VAGUE_REFERENT: a determiner and a placeholder noun ("this issue", "the situation", "what happened")
 *   that is not followed by words that name it ("the issue with your order").
 * </ul>
 */
final class GrammarRules {
    /** Participles that report a remedy or a neutral fact, never an evasion. */
    private static final Set<String> REMEDIES = Set.of("restore", "resolve", "fix", "refund", "issue", "repair",
            "replace", "return", "credit", "reimburse", "reopen", "recover", "apply", "schedule", "design", "base",
            "require", "need", "expect", "suppose", "use", "locate", "commit", "dedicate", "able", "please",
            "delight", "thrill", "pleased", "update", "publish", "attach", "include", "enclose", "list", "show",
            "write", "post", "tell", "ask", "welcome", "invite", "encourage", "advise", "protect", "reward", "give",
            "offer", "add", "deploy", "complete", "finish", "do", "know", "call", "name", "concern", "interest",
            "involve", "prepare", "equip", "determine", "confirm", "test", "check", "verify", "train",
            // states and reactions rather than deeds, each its own rule where it matters
            "affect", "impact", "offend", "upset", "intend", "aim", "mean", "entitle", "perceive", "misinterpret",
            "build", "conceive", "entrust", "support", "serve", "say", "request", "withdraw", "hide", "address",
            "implement", "mitigate", "avoid", "examine", "pass", "hold", "bill", "notify", "approve", "hack",
            "leave", "turn", "allege", "limit", "break", "correct", "declare", "found", "assure", "enter",
            "restart", "deliver");
    /** After "by", a doer who is named: "vandalised by a guest", "deleted by one of our engineers". */
    private static final Set<String> PEOPLE = Set.of("one", "guest", "guests", "customer", "customers", "engineer",
            "engineers", "employee", "employees", "member", "members", "staff", "team", "user", "users", "driver",
            "agent", "manager", "passenger", "contractor", "officer", "officers", "attacker", "attackers", "someone",
            "person", "people", "colleague", "chef", "owner");
    /** Perfect passives that still hide a loss: "lives have been lost", "data has been exposed". */
    private static final Set<String> LOSSES = Set.of("lose", "compromise", "expose", "access", "leak", "steal",
            "damage", "harm", "cancel", "disrupt", "inconvenience", "delay", "mistreat", "strand");
    private static final Set<String> HARM_VERBS = Set.of("affect", "impact", "access", "compromise", "expose",
            "cause", "experience", "offend", "disrupt", "inconvenience", "harm", "hurt", "damage", "suffer",
            "lose", "leak", "steal", "breach", "miss", "delay", "cancel", "charge", "result", "take", "see",
            "notice", "receive", "view", "acquire", "obtain", "misuse");
    private static final Set<String> EVENT_NOUNS = Set.of("outage", "outages", "interruption", "interruptions",
            "disruption", "disruptions", "issue", "issues", "error", "errors", "problem", "problems", "delay",
            "delays", "incident", "failure", "failures", "breach", "difficulties", "degradation", "downtime", "events",
            "situation", "access", "rates", "combination", "accident", "event", "incidents");
    private static final Set<String> VAGUE_NOUNS = Set.of("situation", "issue", "issues", "incident", "matter",
            "problem", "problems", "trouble", "experience", "events", "event", "disruption", "impact", "error",
            "circumstances", "controversy", "occurrence", "oversight", "challenges", "difficulties", "tragedy", "trauma",
            "outcome", "mayhem", "ordeal", "episode", "mess", "incidents", "irregularities");
    private static final Set<String> DETERMINERS = Set.of("this", "that", "the", "these", "those", "any", "such",
            "a", "an", "some", "our", "recent", "what");
    /** After a placeholder noun, these words go on to name it: "the issue with your order". */
    private static final Set<String> NAMING = Set.of("with", "of", "in", "on", "at", "where", "affecting",
            "when", "that", "which", "involving", "around", "from", "to", "for");

    private GrammarRules() {
    }

    static List<Finding> find(LetterPart part, String original, List<Token> tokens) {
        List<Finding> out = new ArrayList<>();
        boolean[] owning = owningSentences(tokens);
        for (int k = 0; k < tokens.size(); k++) {
            int i = k;
            passive(tokens, i).ifPresent(end -> out.add(finding(Rule.PASSIVE_EVASIVE, part, original, tokens, i, end)));
            event(tokens, i).ifPresent(end -> out.add(finding(Rule.PASSIVE_EVASIVE, part, original, tokens, i, end)));
            hedge(tokens, i).ifPresent(end -> out.add(finding(Rule.HEDGED_IMPACT, part, original, tokens, i, end)));
            vague(tokens, i, owning[i]).ifPresent(end -> out.add(finding(Rule.VAGUE_REFERENT, part, original, tokens, i, end)));
        }
        return out;
    }

    /** "was forgotten", "were not informed", "got lost": the index of the participle. */
    private static Optional<Integer> passive(List<Token> t, int i) {
        Token be = t.get(i);
        if (!(be.lemma("be") || be.lemma("get")) || !be.tagged("VB") || !Character.isLetter(be.text().charAt(0))
                || be.is("being", "getting") || (i + 1 < t.size() && t.get(i + 1).is("being"))) {
            return Optional.empty();
        }
        if (be.is("is", "are", "am", "'re", "'m") || deniedSubject(t, i)) {
            return Optional.empty(); // a state ("the door is closed") or a denial ("no data was taken"), not a deed
        }
        Token before = i > 0 ? t.get(i - 1) : null;
        if (before != null && before.is("will", "to", "shall", "would", "can", "should", "must", "may", "might",
                "could", "we", "i", "you", "he", "she", "they") && !(before.is("to") && i > 1 && t.get(i - 2).is("had"))) {
            return Optional.empty(); // a step announced ("you will be refunded") or the doer named; "had to be" is past
        }
        int modal = i - 2;
        while (modal >= 0 && t.get(modal).is("not", "never", "n't")) {
            modal--;
        }
        int aux = i - 1;
        while (aux > 0 && t.get(aux).tagged("RB") && !t.get(aux).lemma("have")) {
            aux--; // "has since been", "have now been"
        }
        boolean perfect = be.is("been") && aux >= 0 && (t.get(aux).lemma("have") || sharedHave(t, i))
                && !(modal >= 0 && t.get(modal).is("should", "could", "would", "must", "might", "may"));
        int j = i + 1;
        while (j < t.size() && j <= i + 3 && (t.get(j).is("not", "n't", "never", "been", "being")
                || (t.get(j).tagged("RB") && !t.get(j).tagged("VBN")))) {
            j++;
        }
        if (j >= t.size() || !t.get(j).tagged("VBN") || t.get(j).tagged("VBG")) {
            return Optional.empty();
        }
        Token participle = t.get(j);
        if (participle.readings().stream().anyMatch(r -> r.lemma() != null && REMEDIES.contains(r.lemma()))) {
            return Optional.empty();
        }
        boolean negated = aux + 1 < i && t.get(aux + 1).is("not", "never", "n't");
        if (perfect && !negated && participle.readings().stream().noneMatch(r -> r.lemma() != null && LOSSES.contains(r.lemma()))) {
            return Optional.empty(); // "the post has been deleted": what is done about it, not the deed
        }
        if (byUs(t, j + 1)) {
            return Optional.empty();
        }
        return Optional.of(j);
    }

    /** "no data was compromised", "none of your cards were charged": the subject denies the harm. */
    private static boolean deniedSubject(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (t.get(k).is("no", "none", "nothing", "neither")) {
                return true;
            }
            if (t.get(k).is(",", ";", "that", "which", "while", "and", "but") || t.get(k).sentenceStart()) {
                return false;
            }
        }
        return false;
    }

    /** "have died or been injured": the "have" before "or"/"and" covers this "been" too. */
    private static boolean sharedHave(List<Token> t, int i) {
        if (i < 2 || !t.get(i - 1).is("or", "and")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
            if (t.get(k).lemma("have")) {
                return true;
            }
        }
        return false;
    }

    private static boolean byUs(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 6); k++) {
            if (t.get(k).is(".", ";", "!", "?")) {
                return false;
            }
            if (t.get(k).is("by")) {
                int n = k + 1;
                while (n < t.size() && t.get(n).tagged("DT", "JJ", "PRP$") && !doer(t.get(n))) {
                    n++;
                }
                return n < t.size() && doer(t.get(n));
            }
        }
        return false;
    }

    private static boolean doer(Token w) {
        return w.is("us", "me", "our", "my", "we") || w.tagged("NNP")
                || w.readings().stream().anyMatch(r -> r.lemma() != null && PEOPLE.contains(r.lemma()));
    }

    /** "an error occurred", "we experienced an outage", "lives were lost": the index of the last word. */
    private static Optional<Integer> event(List<Token> t, int i) {
        Token w = t.get(i);
        if (w.lemma("occur", "happen", "arise", "unfold", "escalate", "take") && w.tagged("VBD", "VBZ", "VBN", "VBP")
                && i > 0 && (EVENT_NOUNS.contains(t.get(i - 1).lower()) || causeFollows(t, i + 1)
                || (i > 1 && t.get(i - 1).is("that", "which") && EVENT_NOUNS.contains(t.get(i - 2).lower())))) {
            if (!w.lemma("take")) {
                return Optional.of(i);
            }
            return i + 1 < t.size() && t.get(i + 1).is("place") ? Optional.of(i + 1) : Optional.empty();
        }
        // "customers who experienced a delay" names the reader, not an event the writer hides behind
        if (w.lemma("experience", "suffer") && w.tagged("VBD", "VBZ", "VBP", "VBG") && i > 0
                && !t.get(i - 1).is("who", "that", "have", "'ve")) {
            for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
                if (EVENT_NOUNS.contains(t.get(k).lower())) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    /** "occurred due to", "happened because": the event is explained with nobody in it. */
    private static boolean causeFollows(List<Token> t, int k) {
        return k + 1 < t.size() && (t.get(k).is("because") || (t.get(k).is("due", "owing") && t.get(k + 1).is("to")));
    }

    /** "may have been accessed", "might affect", "potentially exposed": the index of the harm verb. */
    private static Optional<Integer> hedge(List<Token> t, int i) {
        Token w = t.get(i);
        if (w.is("potentially", "possibly", "potential", "possible")) {
            if (i + 1 < t.size() && (harm(t.get(i + 1)) || t.get(i + 1).is("defect", "vulnerability", "security"))) {
                return Optional.of(i + 1);
            }
            return Optional.empty();
        }
        if (!w.is("may", "might", "could") || !w.tagged("MD")) {
            return Optional.empty();
        }
        int j = i + 1;
        if (j < t.size() && t.get(j).is("have", "of", "'ve")) { // "may of caused" is a slip for "may have"
            j++;
            if (j < t.size() && t.get(j).is("been")) {
                j++;
            }
            if (j < t.size() && t.get(j).tagged("VBN") && harm(t.get(j)) && !avoidable(t, j)) {
                return Optional.of(j);
            }
            return Optional.empty();
        }
        if (j < t.size() && t.get(j).lemma("affect", "impact", "offend", "take", "cause") && t.get(j).tagged("VB")
                && !(t.get(j).lemma("take") && !(j + 1 < t.size() && t.get(j + 1).lower().startsWith("offen")))) {
            return Optional.of(j);
        }
        return Optional.empty();
    }

    private static boolean harm(Token w) {
        return w.readings().stream().anyMatch(r -> r.lemma() != null && HARM_VERBS.contains(r.lemma()));
    }

    /** "could have been avoided": an admission, not a hedge. */
    private static boolean avoidable(List<Token> t, int j) {
        return t.get(j).lemma("avoid", "prevent", "handle", "catch", "stop");
    }

    /** For each token, whether its sentence apologises, regrets or takes responsibility. */
    private static boolean[] owningSentences(List<Token> t) {
        boolean[] out = new boolean[t.size()];
        int start = 0;
        for (int i = 0; i <= t.size(); i++) {
            if (i == t.size() || (i > 0 && t.get(i).sentenceStart())) {
                boolean owns = false;
                for (int k = start; k < i; k++) {
                    owns |= t.get(k).lemma("sorry", "apologise", "apologize", "apology", "regret", "responsibility",
                            "accountable", "fault");
                }
                for (int k = start; k < i; k++) {
                    out[k] = owns;
                }
                start = i;
            }
        }
        return out;
    }

    /**
     * "this issue", "the situation", "what happened", not followed by words that name it. In a sentence that
     * apologises any placeholder counts; elsewhere only the ones that never name anything ("the situation").
     */
    private static Optional<Integer> vague(List<Token> t, int i, boolean owning) {
        Token w = t.get(i);
        int next = i + 1 < t.size() && t.get(i + 1).is("has", "had", "'s") ? i + 2 : i + 1;
        if (w.is("what") && next < t.size() && t.get(next).lemma("happen", "unfold", "occur", "transpire")
                && t.get(next).tagged("VBD", "VBN")) {
            return Optional.of(next); // "understand what happened" too: the reader still isn't told what it was
        }
        if (!DETERMINERS.contains(w.lower()) || w.is("what")) {
            return Optional.empty();
        }
        int j = i + 1;
        while (j < t.size() && j <= i + 3 && !VAGUE_NOUNS.contains(t.get(j).lower()) && (t.get(j).tagged("JJ")
                || t.get(j).is("recent", "serious", "awful", "entire"))) {
            j++;
        }
        if (j >= t.size() || !VAGUE_NOUNS.contains(t.get(j).lower()) || !t.get(j).tagged("NN")
                || !(owning || t.get(j).is("situation", "matter", "circumstances", "controversy", "trouble"))) {
            return Optional.empty();
        }
        if (j + 1 < t.size() && NAMING.contains(t.get(j + 1).lower()) && !relativeWithPronoun(t, j + 1)) {
            return Optional.empty();
        }
        if (j + 1 < t.size() && t.get(j + 1).tagged("NN") && !t.get(j + 1).tagged("VB")) {
            return Optional.empty(); // "the issue tracker", "the incident report"
        }
        if (j + 2 < t.size() && t.get(j + 1).is("this", "that", "the") && t.get(j + 2).tagged("NN")
                && !VAGUE_NOUNS.contains(t.get(j + 2).lower())) {
            return Optional.empty(); // "the problems this outage caused": named by what caused them
        }
        return Optional.of(j);
    }

    /** "the impact that we caused": a relative clause about the writer, which still doesn't name the harm. */
    private static boolean relativeWithPronoun(List<Token> t, int k) {
        return t.get(k).is("that", "which") && k + 1 < t.size() && t.get(k + 1).is("we", "it", "this", "i");
    }

    private static Finding finding(Rule rule, LetterPart part, String original, List<Token> t, int from, int to) {
        int start = t.get(from).start();
        int end = t.get(to).end();
        return new Finding(rule, rule.severity(), part, start, end, original.substring(start, end), rule.message(),
                Optional.empty());
    }
}
