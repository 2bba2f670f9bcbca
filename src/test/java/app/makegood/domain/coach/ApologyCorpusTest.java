package app.makegood.domain.coach;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker against the labelled corpus: every sentence must fire exactly its labelled rules. */
class ApologyCorpusTest {
    private final ApologyChecker checker = new ApologyChecker();

    static List<Corpus.Row> rows() {
        return Corpus.rows();
    }

    private Set<Rule> fired(Corpus.Row row) {
        return checker.check(row.part(), row.sentence()).stream().map(Finding::rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void firesExactlyTheLabelledRules(Corpus.Row row) {
        assertEquals(row.expected(), fired(row), () -> "findings: " + checker.check(row.part(), row.sentence()));
    }

    @Test
    void corpusIsBigAndCoversEveryWordingRule() {
        List<Corpus.Row> rows = rows();
        assertTrue(rows.size() >= 60, "at least 60 labelled sentences, got " + rows.size());
        assertTrue(rows.stream().filter(r -> r.expected().isEmpty()).count() >= 30, "plenty of innocent sentences");
        Set<Rule> labelled = rows.stream().flatMap(r -> r.expected().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        assertEquals(EnumSet.of(Rule.QUALIFIED_APOLOGY, Rule.CONDITIONAL_APOLOGY, Rule.FEELINGS_NOT_ACTS, Rule.MINIMISING,
                Rule.PASSIVE_EVASIVE, Rule.BLAME_SHIFTING, Rule.CORPORATE_FILLER, Rule.JARGON, Rule.LONG_SENTENCE,
                Rule.INTENT_DEFENCE, Rule.VAGUE_REFERENT, Rule.TRACK_RECORD, Rule.MISUNDERSTANDING), labelled);
    }

    /** Per rule: a sentence where the rule fired counts as true positive if labelled, else false positive. */
    @Test
    void precisionAndRecallPerRule() {
        Map<Rule, int[]> counts = new EnumMap<>(Rule.class); // tp, fp, fn
        for (Corpus.Row row : rows()) {
            Set<Rule> fired = fired(row);
            for (Rule r : Rule.values()) {
                boolean f = fired.contains(r);
                boolean e = row.expected().contains(r);
                if (f || e) {
                    counts.computeIfAbsent(r, k -> new int[3])[f && e ? 0 : f ? 1 : 2]++;
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder report = new StringBuilder(String.format("%n%-20s %4s %4s %4s %9s %6s%n",
                "rule", "tp", "fp", "fn", "precision", "recall"));
        for (Map.Entry<Rule, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            report.append(String.format("%-20s %4d %4d %4d %9.2f %6.2f%n", e.getKey(), c[0], c[1], c[2],
                    ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2])));
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        report.append(String.format("%-20s %4d %4d %4d %9.2f %6.2f (%d sentences)%n", "ALL", tp, fp, fn,
                ratio(tp, tp + fp), ratio(tp, tp + fn), rows().size()));
        System.out.println(report);
        assertEquals(0, fp + fn, report::toString);
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 1.0 : (double) num / den;
    }
}
