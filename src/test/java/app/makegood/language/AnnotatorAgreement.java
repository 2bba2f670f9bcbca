package app.makegood.language;

import app.makegood.domain.coach.ApologyChecker;
import app.makegood.domain.coach.Rule;
import app.makegood.language.RealApologiesTest.Row;
import app.makegood.language.RealApologiesTest.Score;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * How far two annotators of the same corpus agree (issue 15: holdout2.tsv by the first, holdout2-second.tsv by a
 * second who labelled blind), and how the coach scores against each, so that the coach's measured gap can be split
 * into labelling disagreement and missing rules. Run as a main on the test classpath; the arguments name the two
 * files (default {@code holdout2 holdout2-second}).
 */
public final class AnnotatorAgreement {
    private AnnotatorAgreement() {
    }

    /** One yes/no decision taken on every row by both annotators, as a 2x2 table. */
    record Table(int both, int firstOnly, int secondOnly, int neither) {
        int rows() {
            return both + firstOnly + secondOnly + neither;
        }

        double observed() {
            return (both + neither) / (double) rows();
        }

        /** Cohen's kappa: agreement beyond what the two annotators' own yes-rates would give by chance. */
        double kappa() {
            double n = rows();
            double firstYes = (both + firstOnly) / n;
            double secondYes = (both + secondOnly) / n;
            double chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
            // Both said the same thing on every row (all yes or all no): agreement is total, not undefined.
            return chance == 1.0 ? 1.0 : (observed() - chance) / (1 - chance);
        }
    }

    /** Counts the rows where {@code decision} holds for the first, the second, both or neither. */
    static Table table(List<Row> first, List<Row> second, Predicate<Set<Rule>> decision) {
        requireAligned(first, second);
        int both = 0;
        int firstOnly = 0;
        int secondOnly = 0;
        int neither = 0;
        for (int i = 0; i < first.size(); i++) {
            boolean a = decision.test(first.get(i).labels());
            boolean b = decision.test(second.get(i).labels());
            if (a && b) {
                both++;
            } else if (a) {
                firstOnly++;
            } else if (b) {
                secondOnly++;
            } else {
                neither++;
            }
        }
        return new Table(both, firstOnly, secondOnly, neither);
    }

    /** Two label files can only be compared row by row if they hold the same sentences under the same ids. */
    static void requireAligned(List<Row> first, List<Row> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("the files hold " + first.size() + " and " + second.size() + " rows");
        }
        for (int i = 0; i < first.size(); i++) {
            Row a = first.get(i);
            Row b = second.get(i);
            if (!a.id().equals(b.id()) || !a.sentence().equals(b.sentence())) {
                throw new IllegalArgumentException("row " + (i + 1) + " differs: " + a.id() + " / " + b.id());
            }
        }
    }

    /** Each row with the labels both annotators gave (intersection) or either gave (union). */
    static List<Row> combine(List<Row> first, List<Row> second, BinaryOperator<Set<Rule>> how) {
        requireAligned(first, second);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            rows.add(new Row(first.get(i).id(), how.apply(first.get(i).labels(), second.get(i).labels()),
                    first.get(i).sentence()));
        }
        return rows;
    }

    static Set<Rule> intersection(Set<Rule> a, Set<Rule> b) {
        Set<Rule> both = copy(a);
        both.retainAll(b);
        return both;
    }

    static Set<Rule> union(Set<Rule> a, Set<Rule> b) {
        Set<Rule> either = copy(a);
        either.addAll(b);
        return either;
    }

    private static Set<Rule> copy(Set<Rule> labels) {
        return labels.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(labels);
    }

    /** The agreement tables: per kind, then fine-vs-problem, then all row-kind decisions pooled. */
    static String report(List<Row> first, List<Row> second) {
        StringBuilder b = new StringBuilder(String.format("%-20s %6s %6s %5s %6s %8s %6s%n", "kind", "first",
                "second", "both", "either", "agree", "kappa"));
        int[] pooled = new int[4];
        for (Rule kind : RealApologiesTest.LABELLED) {
            Table t = table(first, second, labels -> labels.contains(kind));
            b.append(line(kind.name(), t));
            pooled[0] += t.both();
            pooled[1] += t.firstOnly();
            pooled[2] += t.secondOnly();
            pooled[3] += t.neither();
        }
        b.append(line("ALL row-kind pairs", new Table(pooled[0], pooled[1], pooled[2], pooled[3])));
        b.append(line("PROBLEM (any label)", table(first, second, labels -> !labels.isEmpty())));
        long sameSet = IntStream.range(0, first.size())
                .filter(i -> first.get(i).labels().equals(second.get(i).labels())).count();
        b.append(String.format("rows with exactly the same labels: %d of %d (%.2f)%n", sameSet, first.size(),
                sameSet / (double) first.size()));
        return b.toString();
    }

    private static String line(String name, Table t) {
        return String.format("%-20s %6d %6d %5d %6d %8.2f %6.2f%n", name, t.both() + t.firstOnly(),
                t.both() + t.secondOnly(), t.both(), t.both() + t.firstOnly() + t.secondOnly(), t.observed(),
                t.kappa());
    }

    public static void main(String[] args) throws IOException {
        String firstName = args.length > 0 ? args[0] : "holdout2";
        String secondName = args.length > 1 ? args[1] : "holdout2-second";
        List<Row> first = RealApologiesTest.rows(firstName);
        List<Row> second = RealApologiesTest.rows(secondName);
        System.out.println("== agreement, " + firstName + " (first) vs " + secondName + " (second), "
                + first.size() + " rows\n" + report(first, second));

        ApologyChecker checker = new ApologyChecker(TestGrammar.english());
        printScore("coach vs first annotator", RealApologiesTest.score(first, checker));
        printScore("coach vs second annotator", RealApologiesTest.score(second, checker));
        printScore("coach vs labels both gave (intersection)",
                RealApologiesTest.score(combine(first, second, AnnotatorAgreement::intersection), checker));
        // The union's fine rows are the rows both called fine; the intersection's include rows whose labels differ.
        printScore("coach vs labels either gave (union)",
                RealApologiesTest.score(combine(first, second, AnnotatorAgreement::union), checker));
        if (Boolean.getBoolean("agreement.rows")) { // lists every row the annotators labelled differently
            for (int i = 0; i < first.size(); i++) {
                if (!first.get(i).labels().equals(second.get(i).labels())) {
                    System.out.println(first.get(i).id() + "\t" + first.get(i).labels() + "\t"
                            + second.get(i).labels() + "\t" + first.get(i).sentence());
                }
            }
        }
    }

    private static void printScore(String title, Score score) {
        System.out.println("== " + title + "\n" + score.table());
    }
}
