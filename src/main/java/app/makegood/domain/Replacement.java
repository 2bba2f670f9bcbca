package app.makegood.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Something a public text held and what stands in its place there, for the owner to check before publishing. */
public record Replacement(String found, String replacement, int times) {

    /** "'Zoë Adams' → 'a customer' (3 times)". */
    public String describe() {
        return "'" + found + "' \u2192 '" + replacement + "'" + (times > 1 ? " (" + times + " times)" : "");
    }

    /** As typed, composed, with any run of spaces or line breaks shown as one space. */
    static String asShown(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFC).replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }

    /** Several lists in one, the same wording counted together, in the order first seen. */
    public static List<Replacement> merge(List<List<Replacement>> lists) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        lists.forEach(list -> list.forEach(r -> counts.merge(List.of(r.found(), r.replacement()), r.times(),
                Integer::sum)));
        List<Replacement> merged = new ArrayList<>();
        counts.forEach((key, times) -> merged.add(new Replacement(key.get(0), key.get(1), times)));
        return merged;
    }
}
