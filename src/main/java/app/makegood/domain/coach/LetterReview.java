package app.makegood.domain.coach;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the coach still sees in an incident's letter before it goes out: the findings on Admit, Thank and
 * Explain that the owner has not dismissed, with the customers' names known to the spelling check. The window
 * and {@code makegood letters} read the same list; a letter with a problem in it is not sent without a word.
 */
public final class LetterReview {
    private final List<Finding> findings;

    private LetterReview(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    public static LetterReview of(Incident incident, ApologyChecker checker, List<String> ownNames) {
        List<String> names = new ArrayList<>(ownNames);
        incident.customers().stream().map(AffectedCustomer::name).forEach(names::add);
        Map<LetterPart, String> letter = new EnumMap<>(LetterPart.class);
        letter.put(LetterPart.ADMIT, incident.admit());
        letter.put(LetterPart.THANK, incident.thank());
        letter.put(LetterPart.EXPLAIN, incident.explain());
        boolean fixed = incident.status().compareTo(IncidentStatus.FIXED) >= 0;
        // as in the wizard: the three parts the owner writes, once started, less what they dismissed
        return new LetterReview(checker.withNames(names).checkAll(letter, fixed).stream()
                .filter(f -> letter.containsKey(f.part()) && !letter.get(f.part()).isBlank())
                .filter(f -> !incident.dismissedFindings().contains(f.key()))
                .toList());
    }

    /** Findings that cost the customer's trust: fix them (or dismiss them) before sending. */
    public List<Finding> problems() {
        return findings.stream().filter(f -> f.severity() == FindingSeverity.PROBLEM).toList();
    }

    /** Spelling and grammar slips: listed, never a reason to refuse. */
    public List<Finding> slips() {
        return findings.stream().filter(f -> f.severity() == FindingSeverity.LANGUAGE).toList();
    }

    /** One line a finding, for a terminal or a list: "Admit: "but" — why it costs trust". */
    public static String describe(Finding f) {
        String part = f.part().name().charAt(0) + f.part().name().substring(1).toLowerCase(Locale.ROOT)
                .replace('_', ' ');
        return part + ": " + (f.text().isEmpty() ? f.message()
                : "\u201C" + f.text() + "\u201D \u2014 " + f.message());
    }
}
