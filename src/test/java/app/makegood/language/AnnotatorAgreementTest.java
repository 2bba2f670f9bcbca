package app.makegood.language;

import app.makegood.domain.coach.Rule;
import app.makegood.language.AnnotatorAgreement.Table;
import app.makegood.language.RealApologiesTest.Row;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agreement figures of {@link AnnotatorAgreement}, checked on the real files and on a hand-made example. */
class AnnotatorAgreementTest {
    private static final Set<Rule> NONE = EnumSet.noneOf(Rule.class);
    private static final Set<Rule> JARGON = EnumSet.of(Rule.JARGON);

    /** Both annotators labelled the same 320 sentences under the same ids (and only known labels: rows() parses them). */
    @Test
    void bothHoldout2FilesHoldTheSameIdsAndSentences() throws IOException {
        List<Row> first = RealApologiesTest.rows("holdout2");
        List<Row> second = RealApologiesTest.rows("holdout2-second");
        assertEquals(320, second.size());
        AnnotatorAgreement.requireAligned(first, second); // throws on any difference
    }

    @Test
    void filesThatDifferInASentenceAreRefused() {
        List<Row> first = List.of(new Row("J1", NONE, "We are sorry."));
        assertThrows(IllegalArgumentException.class,
                () -> AnnotatorAgreement.requireAligned(first, List.of(new Row("J1", NONE, "We are sorry!"))));
        assertThrows(IllegalArgumentException.class,
                () -> AnnotatorAgreement.requireAligned(first, List.of(new Row("J2", NONE, "We are sorry."))));
        assertThrows(IllegalArgumentException.class, () -> AnnotatorAgreement.requireAligned(first, List.of()));
    }

    /**
     * 50 rows: both say JARGON on 20, only the first on 5, only the second on 10, neither on 15. Observed agreement
     * 35/50 = 0.70; chance 25/50 * 30/50 + 25/50 * 20/50 = 0.50; kappa (0.70 - 0.50) / (1 - 0.50) = 0.40.
     */
    @Test
    void kappaMatchesAWorkedExample() {
        List<Row> first = new ArrayList<>();
        List<Row> second = new ArrayList<>();
        add(first, second, 20, JARGON, JARGON);
        add(first, second, 5, JARGON, NONE);
        add(first, second, 10, NONE, JARGON);
        add(first, second, 15, NONE, NONE);
        Table t = AnnotatorAgreement.table(first, second, labels -> labels.contains(Rule.JARGON));
        assertEquals(new Table(20, 5, 10, 15), t);
        assertEquals(0.70, t.observed(), 1e-9);
        assertEquals(0.40, t.kappa(), 1e-9);
        // No agreement beyond chance: each says yes on half the rows, independently of the other.
        assertEquals(0.0, new Table(10, 10, 10, 10).kappa(), 1e-9);
        // Total disagreement on a balanced table is -1; identical answers everywhere are perfect agreement.
        assertEquals(-1.0, new Table(0, 20, 20, 0).kappa(), 1e-9);
        assertEquals(1.0, new Table(0, 0, 0, 40).kappa(), 1e-9);
    }

    /** A row is a problem for an annotator when it has any label, whichever kinds they chose. */
    @Test
    void fineVersusProblemAndTheCombinedLabelSets() {
        Set<Rule> minimising = EnumSet.of(Rule.MINIMISING);
        Set<Rule> both = EnumSet.of(Rule.JARGON, Rule.MINIMISING);
        List<Row> first = new ArrayList<>();
        List<Row> second = new ArrayList<>();
        add(first, second, 1, JARGON, minimising); // both a problem, no kind in common
        add(first, second, 1, both, JARGON);
        add(first, second, 1, NONE, JARGON);
        add(first, second, 1, NONE, NONE);
        assertEquals(new Table(2, 0, 1, 1), AnnotatorAgreement.table(first, second, labels -> !labels.isEmpty()));
        assertEquals(List.of(NONE, JARGON, NONE, NONE), AnnotatorAgreement.combine(first, second,
                AnnotatorAgreement::intersection).stream().map(Row::labels).toList());
        assertEquals(List.of(both, both, JARGON, NONE), AnnotatorAgreement.combine(first, second,
                AnnotatorAgreement::union).stream().map(Row::labels).toList());
        String report = AnnotatorAgreement.report(first, second);
        // JARGON: first rows 1-2, second rows 2-3: both 1, either 3, observed 2/4, kappa 0 (each says yes on half)
        assertTrue(report.contains(String.format("%-20s %6d %6d %5d %6d %8.2f %6.2f", "JARGON", 2, 2, 1, 3, 0.50,
                0.0)), report);
        assertTrue(report.contains("rows with exactly the same labels: 1 of 4"), report);
    }

    private static void add(List<Row> first, List<Row> second, int n, Set<Rule> a, Set<Rule> b) {
        for (int i = 0; i < n; i++) {
            String id = "T" + first.size();
            String sentence = "sentence " + first.size();
            first.add(new Row(id, a, sentence));
            second.add(new Row(id, b, sentence));
        }
    }
}
