package app.makegood.domain.coach;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards the frozen real-apology corpus (coach/real/dev.tsv and test.tsv, made by split.py): well-formed
 * rows, known labels, no row in both splits, a third in test, every label with 3+ rows on both sides; and the
 * later holdout.tsv: well-formed, and no sentence from the other two.
 * It only counts rows; it never prints a test sentence, so the lead can run it without reading them.
 */
class RealCorpusSplitTest {
    private static final Set<String> LABELS = Set.of("FEELINGS_NOT_ACTS", "INTENT_DEFENCE", "MINIMISING",
            "VAGUE_REFERENT", "HEDGED_IMPACT", "PASSIVE_EVASIVE", "BLAME_SHIFTING", "SELF_FOCUS", "TRACK_RECORD",
            "MISUNDERSTANDING", "DIFFUSED_BLAME", "REMEDY_NOT_HARM", "QUALIFIED_APOLOGY", "CONDITIONAL_APOLOGY",
            "CORPORATE_FILLER", "JARGON");

    record Row(String id, Set<String> labels, String sentence, String source) {
    }

    static List<Row> read(String resource) {
        try (InputStream in = RealCorpusSplitTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                assertEquals(4, cols.length, () -> resource + ": 4 tab-separated columns in row " + cols[0]);
                Set<String> labels = cols[1].equals("-") ? Set.of() : Set.of(cols[1].split(","));
                rows.add(new Row(cols[0], labels, cols[2], cols[3]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final List<Row> dev = read("/coach/real/dev.tsv");
    private final List<Row> test = read("/coach/real/test.tsv");
    private final List<Row> holdout = read("/coach/real/holdout.tsv");

    @Test
    void rowsAreWellFormedAndUseOnlyKnownLabels() {
        for (Row row : concat()) {
            assertTrue(LABELS.containsAll(row.labels()), () -> row.id() + " has an unknown label " + row.labels());
            assertTrue(!row.sentence().isBlank() && !row.source().isBlank(), () -> row.id() + " has an empty column");
        }
    }

    @Test
    void noRowIsInBothSplitsAndTestIsAThird() {
        Set<String> ids = new HashSet<>();
        concat().forEach(row -> assertTrue(ids.add(row.id()), () -> "duplicate id " + row.id()));
        double third = (double) test.size() / ids.size();
        assertTrue(third > 0.28 && third < 0.38, "test split is " + third + " of the rows");
    }

    @Test
    void corpusIsBigWithEnoughFineSentences() {
        List<Row> all = concat();
        long fine = all.stream().filter(row -> row.labels().isEmpty()).count();
        assertTrue(all.size() >= 330, "at least 330 real sentences, got " + all.size());
        assertTrue(fine * 10 >= all.size() * 4L, "at least 40% fine, got " + fine + " of " + all.size());
    }

    @Test
    void everyLabelWithThreeRowsIsInBothSplits() {
        Map<String, Integer> devCounts = counts(dev);
        Map<String, Integer> testCounts = counts(test);
        for (String label : LABELS) {
            int total = devCounts.getOrDefault(label, 0) + testCounts.getOrDefault(label, 0);
            if (total >= 3) {
                assertTrue(devCounts.containsKey(label) && testCounts.containsKey(label),
                        () -> label + " has " + total + " rows but is missing from a split");
            }
        }
    }

    /** The holdout (built after the test split's figures were seen): new sentences only, same labels, same mix. */
    @Test
    void holdoutIsNewWellFormedAndBigEnough() {
        Set<String> seen = new HashSet<>();
        concat().forEach(row -> seen.add(row.sentence().toLowerCase(Locale.ROOT)));
        Set<String> ids = new HashSet<>();
        for (Row row : holdout) {
            assertTrue(row.id().startsWith("H") && ids.add(row.id()), () -> "bad or duplicate holdout id " + row.id());
            assertTrue(LABELS.containsAll(row.labels()), () -> row.id() + " has an unknown label " + row.labels());
            assertTrue(!row.sentence().isBlank() && !row.source().isBlank(), () -> row.id() + " has an empty column");
            assertTrue(!seen.contains(row.sentence().toLowerCase(Locale.ROOT)),
                    () -> row.id() + " repeats a development or test sentence");
        }
        long fine = holdout.stream().filter(row -> row.labels().isEmpty()).count();
        assertTrue(holdout.size() >= 200, "at least 200 holdout sentences, got " + holdout.size());
        assertTrue(fine * 100 >= holdout.size() * 35L, "at least 35% fine, got " + fine + " of " + holdout.size());
    }

    private static Map<String, Integer> counts(List<Row> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row -> row.labels().forEach(label -> counts.merge(label, 1, Integer::sum)));
        return counts;
    }

    private List<Row> concat() {
        List<Row> all = new ArrayList<>(dev);
        all.addAll(test);
        return all;
    }
}
