package app.makegood.language;

import app.makegood.domain.coach.ApologyChecker;
import app.makegood.domain.coach.Finding;
import app.makegood.domain.coach.FindingSeverity;
import app.makegood.domain.coach.LetterPart;
import app.makegood.domain.coach.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coach, with the language engine, on sentences from real published apologies (issue 15). All three sets
 * (src/test/resources/coach/real/dev.tsv, test.tsv and holdout.tsv) have now been tuned on: the third round of rules
 * was written with all of them in view, so the figures below are regression floors, not honest measures. The honest
 * measure is a fresh holdout that the rules' author never sees, scored once by someone else. Each sentence is checked
 * as the Admit part, where every rule applies. {@link CoachScores} prints the per-kind tables while tuning.
 */
class RealApologiesTest {
    /** The holdout (258 sentences, seen since the third round): fails below these regression figures. */
    static final double HOLDOUT_RECALL_AT_LEAST = 0.60;
    static final double HOLDOUT_PRECISION_AT_LEAST = 0.83;
    static final double HOLDOUT_FINE_FLAGGED_AT_MOST = 0.031;
    /**
     * The second holdout (holdout2.tsv: 320 sentences from 82 statements, labelled and committed by another engineer
     * while the third round of rules was written without it, then scored once): the README's honest figures.
     */
    static final double HOLDOUT2_RECALL_AT_LEAST = 0.46;
    static final double HOLDOUT2_PRECISION_AT_LEAST = 0.75;
    static final double HOLDOUT2_FINE_FLAGGED_AT_MOST = 0.097;
    /** The development data (dev + test, 649 sentences), tuned on from the start. */
    static final double DEVELOPMENT_RECALL_AT_LEAST = 0.76;
    static final double DEVELOPMENT_FINE_FLAGGED_AT_MOST = 0.023;

    record Row(String id, Set<Rule> labels, String sentence) {
    }

    record Score(Map<String, int[]> perKind, int fineRows, int fineFlagged, List<String> misses) {
        double recall() {
            int tp = perKind.values().stream().mapToInt(c -> c[0]).sum();
            int fn = perKind.values().stream().mapToInt(c -> c[2]).sum();
            return tp / (double) (tp + fn);
        }

        double precision() {
            int tp = perKind.values().stream().mapToInt(c -> c[0]).sum();
            int fp = perKind.values().stream().mapToInt(c -> c[1]).sum();
            return tp / (double) (tp + fp);
        }

        double fineFlaggedShare() {
            return fineFlagged / (double) fineRows;
        }

        String table() {
            StringBuilder b = new StringBuilder(String.format("%-20s %4s %4s %4s %9s %6s%n", "kind", "tp", "fp", "fn",
                    "precision", "recall"));
            perKind.forEach((kind, c) -> b.append(String.format("%-20s %4d %4d %4d %9.2f %6.2f%n", kind, c[0], c[1],
                    c[2], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]))));
            b.append(String.format("%-20s %9.2f %6.2f   fine sentences flagged: %d of %d (%.3f)%n", "ALL",
                    precision(), recall(), fineFlagged, fineRows, fineFlaggedShare()));
            return b.toString();
        }
    }

    /** The kinds the corpus labels: every wording rule of the coach but long sentences and proofreading. */
    static final Set<Rule> LABELLED = EnumSet.of(Rule.FEELINGS_NOT_ACTS, Rule.INTENT_DEFENCE, Rule.MINIMISING,
            Rule.VAGUE_REFERENT, Rule.HEDGED_IMPACT, Rule.PASSIVE_EVASIVE, Rule.BLAME_SHIFTING, Rule.SELF_FOCUS,
            Rule.TRACK_RECORD, Rule.MISUNDERSTANDING, Rule.DIFFUSED_BLAME, Rule.REMEDY_NOT_HARM,
            Rule.QUALIFIED_APOLOGY, Rule.CONDITIONAL_APOLOGY, Rule.CORPORATE_FILLER, Rule.JARGON);

    static List<Row> rows(String split) throws IOException {
        try (InputStream in = RealApologiesTest.class.getResourceAsStream("/coach/real/" + split + ".tsv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Set<Rule> labels = cols[1].equals("-") ? EnumSet.noneOf(Rule.class)
                        : Arrays.stream(cols[1].split(",")).map(String::strip).map(Rule::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
                rows.add(new Row(cols[0], labels, cols[2]));
            }
            return rows;
        }
    }

    static Score score(List<Row> rows, ApologyChecker checker) {
        Map<String, int[]> perKind = new TreeMap<>();
        int fineFlagged = 0;
        int fine = 0;
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            List<Finding> findings = checker.check(LetterPart.ADMIT, row.sentence());
            Set<Rule> fired = findings.stream().map(Finding::rule).filter(LABELLED::contains)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
            if (row.labels().isEmpty()) {
                fine++;
                if (findings.stream().anyMatch(f -> f.severity() == FindingSeverity.PROBLEM)) {
                    fineFlagged++;
                }
            }
            for (Rule kind : LABELLED) {
                boolean f = fired.contains(kind);
                boolean e = row.labels().contains(kind);
                if (f || e) {
                    perKind.computeIfAbsent(kind.name(), k -> new int[3])[f && e ? 0 : f ? 1 : 2]++;
                }
            }
            if (!fired.equals(row.labels())) {
                misses.add(row.id() + " want " + row.labels() + " got " + fired + "  " + row.sentence()
                        + "  " + findings.stream().filter(x -> LABELLED.contains(x.rule()))
                        .map(x -> x.rule() + "'" + x.text() + "'").toList());
            }
        }
        return new Score(perKind, fine, fineFlagged, misses);
    }

    static double ratio(int num, int den) {
        return den == 0 ? 1.0 : (double) num / den;
    }

    /** The development data (dev and test splits, both tuned on since the test figures were seen). */
    @Test
    void developmentDataHoldsItsFigures() throws IOException {
        List<Row> rows = new ArrayList<>(rows("dev"));
        rows.addAll(rows("test"));
        Score dev = score(rows, new ApologyChecker(TestGrammar.english()));
        System.out.println("DEVELOPMENT data, dev + test (tuned on):\n" + dev.table());
        if (Boolean.getBoolean("coach.misses")) {
            dev.misses().forEach(System.out::println);
        }
        assertTrue(dev.recall() >= DEVELOPMENT_RECALL_AT_LEAST, dev::table);
        assertTrue(dev.fineFlaggedShare() <= DEVELOPMENT_FINE_FLAGGED_AT_MOST, dev::table);
    }

    /** The first holdout, seen since the third round of rules: a regression floor like the development data. */
    @Test
    void holdoutHoldsTheReadmeFigures() throws IOException {
        assertHolds("holdout", HOLDOUT_RECALL_AT_LEAST, HOLDOUT_PRECISION_AT_LEAST, HOLDOUT_FINE_FLAGGED_AT_MOST);
    }

    /** The second holdout, never read while the rules were written: only its figures are printed. */
    @Test
    void secondHoldoutHoldsTheReadmeFigures() throws IOException {
        assertHolds("holdout2", HOLDOUT2_RECALL_AT_LEAST, HOLDOUT2_PRECISION_AT_LEAST, HOLDOUT2_FINE_FLAGGED_AT_MOST);
    }

    private static void assertHolds(String file, double recall, double precision, double fineFlagged)
            throws IOException {
        Score holdout = score(rows(file), new ApologyChecker(TestGrammar.english()));
        System.out.println(file.toUpperCase(java.util.Locale.ROOT) + ":\n" + holdout.table());
        assertTrue(holdout.recall() >= recall, holdout::table);
        assertTrue(holdout.precision() >= precision, holdout::table);
        assertTrue(holdout.fineFlaggedShare() <= fineFlagged, holdout::table);
    }
}
