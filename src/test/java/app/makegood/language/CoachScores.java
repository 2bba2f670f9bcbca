package app.makegood.language;

import app.makegood.domain.coach.ApologyChecker;

import java.io.IOException;
import java.util.List;

/**
 * The tuning harness for the coach's rules: per kind precision and recall and the fine sentences flagged on
 * each real corpus, so a pattern added for one corpus is checked on the others before it is kept. Run as a main
 * (test classpath); {@code -Dcoach.misses=KIND} also prints the sentences where that kind was missed or wrong.
 */
public final class CoachScores {
    private CoachScores() {
    }

    public static void main(String[] args) throws IOException {
        String tag = System.getProperty("coach.tag", "");
        if (!tag.isEmpty()) { // prints each word's readings, to see what a rule will read
            TestGrammar.english().tag(tag).forEach(t -> System.out.println(t.text() + "  " + t.readings()));
            return;
        }
        ApologyChecker checker = new ApologyChecker(TestGrammar.english());
        String kind = System.getProperty("coach.misses", "");
        for (String split : args.length > 0 ? args : new String[] {"dev", "test", "holdout"}) {
            RealApologiesTest.Score s = RealApologiesTest.score(RealApologiesTest.rows(split), checker);
            System.out.println("== " + split + "\n" + s.table());
            if (!kind.isEmpty()) {
                List<String> misses = s.misses().stream().filter(m -> kind.equals("ALL") || m.contains(kind)).toList();
                misses.forEach(m -> System.out.println("  " + m));
            }
        }
    }
}
