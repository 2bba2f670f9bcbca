package app.makegood.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Editing rules for the five-whys chain. Lists in, new lists out: callers never share mutable state. */
public final class FiveWhys {
    public static final int DEFAULT_DEPTH = 5;

    private FiveWhys() {
    }

    public static List<WhyStep> emptyChain() {
        return Collections.nCopies(DEFAULT_DEPTH, new WhyStep("", "", false));
    }

    /** The question a new step should ask: "Why" about the previous answer (or the problem). */
    public static String suggestedQuestion(String previousAnswerOrProblem) {
        String about = previousAnswerOrProblem.strip();
        if (about.isEmpty()) {
            return "";
        }
        about = about.endsWith(".") ? about.substring(0, about.length() - 1) : about;
        return "Why? (" + about + ")";
    }

    public static List<WhyStep> insert(List<WhyStep> chain, int index, WhyStep step) {
        List<WhyStep> copy = new ArrayList<>(chain);
        copy.add(Math.max(0, Math.min(index, copy.size())), step);
        return List.copyOf(copy);
    }

    public static List<WhyStep> remove(List<WhyStep> chain, int index) {
        List<WhyStep> copy = new ArrayList<>(chain);
        copy.remove(index);
        return List.copyOf(copy);
    }

    /** Moves the step at {@code index} by {@code delta} places; out-of-range moves leave the chain as it is. */
    public static List<WhyStep> move(List<WhyStep> chain, int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= chain.size()) {
            return chain;
        }
        List<WhyStep> copy = new ArrayList<>(chain);
        Collections.swap(copy, index, target);
        return List.copyOf(copy);
    }

    /** Marks exactly one step as the root cause (or none with -1). */
    public static List<WhyStep> markRootCause(List<WhyStep> chain, int index) {
        List<WhyStep> copy = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            WhyStep s = chain.get(i);
            copy.add(new WhyStep(s.question(), s.answer(), i == index));
        }
        return List.copyOf(copy);
    }
}
