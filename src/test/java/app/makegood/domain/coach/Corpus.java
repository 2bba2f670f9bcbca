package app.makegood.domain.coach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The labelled sentences in src/test/resources/coach/corpus.tsv. */
final class Corpus {
    record Row(int line, LetterPart part, Set<Rule> expected, String sentence) {
        @Override
        public String toString() {
            return "line " + line + " " + part + " " + expected + ": " + sentence;
        }
    }

    private Corpus() {
    }

    static List<Row> rows() {
        try (InputStream in = Corpus.class.getResourceAsStream("/coach/corpus.tsv")) {
            if (in == null) {
                throw new IllegalStateException("coach/corpus.tsv is not on the test classpath");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cols = lines[i].split("\t", 3);
                if (cols.length != 3) {
                    throw new IllegalStateException("corpus.tsv line " + (i + 1) + ": expected 3 tab-separated columns");
                }
                rows.add(new Row(i + 1, LetterPart.valueOf(cols[0].strip()), rules(cols[1].strip()), cols[2]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Rule> rules(String column) {
        Set<Rule> out = EnumSet.noneOf(Rule.class);
        if (!column.equals("-")) {
            Arrays.stream(column.split(",")).map(String::strip).map(Rule::valueOf).forEach(out::add);
        }
        return out;
    }
}
