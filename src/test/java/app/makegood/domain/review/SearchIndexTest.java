package app.makegood.domain.review;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index finds exactly what scanning every folded text with {@link IncidentSearch#matches} finds. */
class SearchIndexTest {
    /** Few letters, so words share many pieces; accents, Greek, an emoji (two chars) and punctuation. */
    private static final String[] SYLLABLES = {"a", "ab", "ba", "ca", "cab", "abc", "é", "ö", "ß", "Σ", "λ", "😀",
        "-", ".", "@", "'", "1", "23", "ü", "UE", "x"};
    private static final String[] SPACES = {" ", "  ", "\n", "\t", " \r\n "};

    @Test
    void everyQueryMatchesTheSameIncidentsAsTheScan() {
        Random random = new Random(21);
        Map<String, String> texts = texts(random, 400);
        SearchIndex index = SearchIndex.of(texts);
        for (int q = 0; q < 3000; q++) {
            String[] words = IncidentSearch.words(query(random, texts));
            assertEquals(scan(texts, words), found(index, texts.keySet(), words), String.join(" ", words));
        }
    }

    @Test
    void editsAndDeletionsAfterTheBuildAreSearchedAsTheScanWould() {
        Random random = new Random(7);
        Map<String, String> texts = texts(random, 200);
        SearchIndex index = SearchIndex.of(texts);
        Set<String> everEdited = new TreeSet<>(texts.keySet());
        for (int step = 0; step < 300; step++) {
            String id = "incident-" + random.nextInt(240); // some new, most already indexed
            everEdited.add(id);
            if (random.nextInt(4) == 0) {
                texts.remove(id);
                index = index.with(id, Optional.empty());
            } else {
                String text = text(random);
                texts.put(id, text);
                index = index.with(id, Optional.of(text));
            }
            for (int q = 0; q < 10; q++) {
                String[] words = IncidentSearch.words(query(random, texts));
                assertEquals(scan(texts, words), found(index, everEdited, words), String.join(" ", words));
            }
        }
        for (String id : everEdited) {
            assertEquals(texts.containsKey(id), index.knows(id), id);
        }
    }

    @Test
    void anIncidentNotIndexedIsNotKnownSoTheListSearchesItsTitle() {
        SearchIndex index = SearchIndex.of(Map.of("a", IncidentSearch.fold("Wrong coat")));
        assertTrue(index.knows("a"));
        assertFalse(index.knows("b"));
        assertFalse(index.with("a", Optional.empty()).knows("a"));
        assertTrue(index.with("b", Optional.of("sofa")).knows("b"));
        assertEquals(1, index.matching(IncidentSearch.words("oat wr")).size());
    }

    private static Set<String> found(SearchIndex index, Set<String> ids, String[] words) {
        SearchIndex.Matches matches = index.matching(words);
        Set<String> found = new TreeSet<>();
        for (String id : ids) {
            if (index.knows(id) && matches.contains(id)) {
                found.add(id);
            }
        }
        assertEquals(found.size(), matches.size());
        return found;
    }

    private static Set<String> scan(Map<String, String> texts, String[] words) {
        Set<String> found = new TreeSet<>();
        texts.forEach((id, text) -> {
            if (IncidentSearch.matches(text, words)) {
                found.add(id);
            }
        });
        return found;
    }

    private static Map<String, String> texts(Random random, int count) {
        Map<String, String> texts = new HashMap<>();
        for (int n = 0; n < count; n++) {
            texts.put("incident-" + n, text(random));
        }
        return texts;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(12); w >= 0; w--) {
            text.append(word(random)).append(pick(random, SPACES));
        }
        return IncidentSearch.fold(text.toString());
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int s = 1 + random.nextInt(4); s > 0; s--) {
            word.append(pick(random, SYLLABLES));
        }
        return word.toString();
    }

    /** Half the time pieces cut from the texts (which match), otherwise made-up words, one to three of them. */
    private static String query(Random random, Map<String, String> texts) {
        StringBuilder query = new StringBuilder(random.nextInt(10) == 0 ? "  " : "");
        for (int w = random.nextInt(3); w >= 0; w--) {
            String text = texts.isEmpty() ? "" : texts.values().stream().skip(random.nextInt(texts.size()))
                    .findFirst().orElseThrow();
            if (random.nextBoolean() && text.length() > 1) {
                int from = random.nextInt(text.length() - 1);
                query.append(text, from, Math.min(text.length(), from + 1 + random.nextInt(9)));
            } else {
                query.append(word(random).toUpperCase(java.util.Locale.ROOT));
            }
            query.append(pick(random, SPACES));
        }
        return query.toString();
    }

    private static <T> T pick(Random random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
