package app.makegood.bench;

import app.makegood.domain.coach.ApologyChecker;
import app.makegood.language.LanguageToolGrammar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coach with spelling and grammar (issue 15), in a fresh JVM: what loading the language engine costs (time,
 * heap, resident memory) and how long a 2,000-character letter takes, first and warm. "Warm, every sentence new"
 * changes every sentence between runs so the engine's sentence cache cannot help; "warm, one sentence changed" is
 * what typing does: one sentence differs from the last check.
 */
public final class CoachBench {
    private static final int RUNS = 20;

    private CoachBench() {
    }

    public static void main(String[] args) throws Exception {
        String letter = LongLetter.text().substring(0, 2_000);
        System.out.println("check2k-chars=" + letter.length());
        long rssBefore = rssKb();
        long heapBefore = heapKb();
        long start = System.nanoTime();
        LanguageToolGrammar grammar = LanguageToolGrammar.load(Locale.UK);
        Bench.print("grammar-load-ms", Bench.ms(start));
        System.out.println("grammar-heap-mb=" + (heapKb() - heapBefore) / 1024);
        System.out.println("grammar-rss-mb=" + (rssKb() - rssBefore) / 1024);
        ApologyChecker checker = new ApologyChecker(grammar);

        start = System.nanoTime();
        checker.checkLetter(letter);
        Bench.print("check2k-first-ms", Bench.ms(start));
        List<Double> fresh = new ArrayList<>();
        List<Double> typed = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String everySentenceNew = letter.replace(". ", " " + i + ". ");
            start = System.nanoTime();
            checker.checkLetter(everySentenceNew);
            fresh.add(Bench.ms(start));
            String oneSentenceNew = letter.replaceFirst("Saturday", "Saturday " + i);
            start = System.nanoTime();
            checker.checkLetter(oneSentenceNew);
            typed.add(Bench.ms(start));
        }
        Bench.print("check2k-warm-ms", Bench.median(fresh));
        Bench.print("check2k-typed-ms", Bench.median(typed));
        System.out.println("peak-rss-mb=" + rssKb() / 1024);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), letter);
        }
    }

    private static long heapKb() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (r.totalMemory() - r.freeMemory()) / 1024;
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }
}
