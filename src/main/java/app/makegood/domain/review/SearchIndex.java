package app.makegood.domain.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list's search as you type without reading every text on each keystroke. Finds exactly what
 * {@link IncidentSearch#matches} finds on each incident's folded text, but from an inverted index built once (off the UI
 * thread): a query word has no space, so it occurs in a folded text exactly when it occurs inside one of the text's
 * space-separated tokens. The index keeps each distinct token with the incidents that contain it, and which tokens hold
 * each two- and three-character piece; a word is looked up by its pieces, checked against the few tokens found, and
 * the incidents of those tokens are its matches. Single characters keep their incidents directly (they match most).
 * <p>
 * Immutable: {@link #with} gives a copy that knows one edited incident's new text (kept aside and scanned, a handful
 * at most) so saving an incident never rebuilds the whole index.
 */
public final class SearchIndex {
    private static final int[] NONE = new int[0];

    private final Base base;
    /** Incidents whose base entry is out of date (edited or deleted since the build). */
    private final BitSet stale;
    /** Folded texts of the incidents edited (or added) since the build; deleted ones are only stale. */
    private final Map<String, String> edited;

    private SearchIndex(Base base, BitSet stale, Map<String, String> edited) {
        this.base = base;
        this.stale = stale;
        this.edited = edited;
    }

    /** Builds the index of these folded texts (incident id to {@link IncidentSearch#textOf}); seconds on 100,000. */
    public static SearchIndex of(Map<String, String> foldedTexts) {
        return new SearchIndex(new Base(foldedTexts), new BitSet(), Map.of());
    }

    /** The same index, with one incident's folded text after an edit (empty: it is gone). */
    public SearchIndex with(String incidentId, Optional<String> foldedText) {
        BitSet nowStale = (BitSet) stale.clone();
        Integer doc = base.docOf.get(incidentId);
        if (doc != null) {
            nowStale.set(doc);
        }
        Map<String, String> nowEdited = new HashMap<>(edited);
        foldedText.ifPresentOrElse(t -> nowEdited.put(incidentId, t), () -> nowEdited.remove(incidentId));
        return new SearchIndex(base, nowStale, Map.copyOf(nowEdited));
    }

    /** True when the index has this incident's text (an incident it does not know is searched by its title). */
    public boolean knows(String incidentId) {
        if (edited.containsKey(incidentId)) {
            return true;
        }
        Integer doc = base.docOf.get(incidentId);
        return doc != null && !stale.get(doc);
    }

    /**
     * The number under which the index holds this incident's text, for {@link Matches#containsNumber}; -1 when that
     * text is not in the built index (unknown, deleted, or edited since: then {@link Matches#contains} answers).
     */
    public int numberOf(String incidentId) {
        Integer doc = base.docOf.get(incidentId);
        return doc == null || stale.get(doc) ? -1 : doc;
    }

    /** The incidents whose text holds every word (folded, as from {@link IncidentSearch#words}). */
    public Matches matching(String[] words) {
        BitSet docs = null;
        for (String word : words) {
            BitSet found = base.docsContaining(word);
            if (docs == null) {
                docs = found;
            } else {
                docs.and(found);
            }
        }
        if (docs == null) {
            docs = new BitSet();
            docs.set(0, base.ids.length);
        }
        docs.andNot(stale);
        List<String> editedMatches = new ArrayList<>();
        edited.forEach((id, text) -> {
            if (IncidentSearch.matches(text, words)) {
                editedMatches.add(id);
            }
        });
        return new Matches(base, docs, editedMatches);
    }

    /** What one query matched; {@link #contains} answers for the incidents the index {@link #knows}. */
    public static final class Matches {
        private final Base base;
        private final BitSet docs;
        private final List<String> edited;

        private Matches(Base base, BitSet docs, List<String> edited) {
            this.base = base;
            this.docs = docs;
            this.edited = edited;
        }

        /** Whether the incident with this {@link SearchIndex#numberOf number} matched: one bit, for every row. */
        public boolean containsNumber(int number) {
            return docs.get(number);
        }

        public boolean contains(String incidentId) {
            Integer doc = base.docOf.get(incidentId);
            return doc != null && docs.get(doc) || edited.contains(incidentId);
        }

        /** How many incidents matched. */
        public int size() {
            return docs.cardinality() + edited.size();
        }
    }

    /** The index proper, built once: documents are numbered in the order of {@code ids}. */
    private static final class Base {
        private final String[] ids;
        private final Map<String, Integer> docOf;
        /** Distinct tokens, and for each the (ascending) documents containing it. */
        private final String[] tokens;
        private final int[][] docsOfToken;
        /** Two- and three-character pieces, and for each the (ascending) tokens containing it. */
        private final Map<String, int[]> tokensOfPiece;
        /** Each character, and the (ascending) documents containing it. */
        private final Map<Character, int[]> docsOfChar;

        Base(Map<String, String> texts) {
            ids = texts.keySet().toArray(String[]::new);
            docOf = new HashMap<>(ids.length * 2);
            Map<String, Integer> tokenIds = new HashMap<>();
            List<IntList> tokenDocs = new ArrayList<>();
            Map<Character, IntList> charDocs = new HashMap<>();
            for (int doc = 0; doc < ids.length; doc++) {
                docOf.put(ids[doc], doc);
                String text = texts.get(ids[doc]);
                for (String token : text.split(" ")) {
                    if (!token.isEmpty()) {
                        int id = tokenIds.computeIfAbsent(token, t -> {
                            tokenDocs.add(new IntList());
                            return tokenDocs.size() - 1;
                        });
                        tokenDocs.get(id).addOnce(doc);
                    }
                }
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c != ' ') {
                        charDocs.computeIfAbsent(c, k -> new IntList()).addOnce(doc);
                    }
                }
            }
            tokens = new String[tokenIds.size()];
            tokenIds.forEach((token, id) -> tokens[id] = token);
            docsOfToken = tokenDocs.stream().map(IntList::toArray).toArray(int[][]::new);
            Map<String, IntList> pieces = new HashMap<>();
            for (int id = 0; id < tokens.length; id++) {
                String token = tokens[id];
                for (int length = 2; length <= 3; length++) {
                    for (int at = 0; at + length <= token.length(); at++) {
                        pieces.computeIfAbsent(token.substring(at, at + length), p -> new IntList()).addOnce(id);
                    }
                }
            }
            tokensOfPiece = new HashMap<>(pieces.size() * 2);
            pieces.forEach((piece, list) -> tokensOfPiece.put(piece, list.toArray()));
            docsOfChar = new HashMap<>(charDocs.size() * 2);
            charDocs.forEach((c, list) -> docsOfChar.put(c, list.toArray()));
        }

        BitSet docsContaining(String word) {
            BitSet docs = new BitSet(ids.length);
            if (word.length() == 1) {
                for (int doc : docsOfChar.getOrDefault(word.charAt(0), NONE)) {
                    docs.set(doc);
                }
                return docs;
            }
            for (int token : tokensContaining(word)) {
                for (int doc : docsOfToken[token]) {
                    docs.set(doc);
                }
            }
            return docs;
        }

        /** The tokens holding the word: its rarest three-character piece gives the few to check. */
        private int[] tokensContaining(String word) {
            if (word.length() <= 3) {
                return tokensOfPiece.getOrDefault(word, NONE);
            }
            int[] fewest = null;
            for (int at = 0; at + 3 <= word.length(); at++) {
                int[] candidates = tokensOfPiece.getOrDefault(word.substring(at, at + 3), NONE);
                if (fewest == null || candidates.length < fewest.length) {
                    fewest = candidates;
                }
            }
            int[] found = new int[fewest.length];
            int n = 0;
            for (int token : fewest) {
                if (tokens[token].contains(word)) {
                    found[n++] = token;
                }
            }
            return Arrays.copyOf(found, n);
        }
    }

    /** A growing list of ints, added in ascending order; {@link #addOnce} skips a repeat of the last one. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
