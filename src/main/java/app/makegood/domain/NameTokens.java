package app.makegood.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in a text word by word: the whole name in any spacing ("Zoë  Adams", a line break or a
 * no-break space between), and a first name or surname on its own, in any case, accented or not, composed or
 * decomposed. Words are compared after folding: NFKD, combining marks stripped, lower case, and the letters that
 * do not decompose (ß, æ, ø, ł ...) spelt out.
 *
 * <p>Which words count on their own is a trade-off between leaking a name and mangling a sentence:
 * <ul>
 * <li>Single letters (initials) never count alone, nor titles such as "Mr" or "Dear", nor words typed in lower case
 * in the name itself (particles: the "van" of "Anna van Dijk", the "de" of "Luis de Souza").</li>
 * <li>A name that is also an everyday word ("May", "Will", "Bill", "Rose", "Baker", "Cook") counts only when the
 * text writes it with a capital: "Will called us" and "Mr Baker" are redacted, "we will" and "the baker" are not.
 * A capital at the start of a sentence still counts ("Will we ..." becomes "A customer we ..."): a visible, odd
 * sentence the owner sees in the confirmation is better than a name that silently leaks.</li>
 * <li>A month that is also a name ("May", "June", "April", "August", "March") is left alone next to a number or
 * after "in", "since", "until", "early", "late" ...: "in May" and "3 June" are dates, not Ms May Day.</li>
 * </ul>
 */
final class NameTokens {
    /** A word of a text: letters, marks and digits, plus the invisible joiners that may sit inside a word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\u00AD\\u200C\\u200D\\u2060]+");
    /** What may stand between the words of one name: spaces of any kind, line breaks, hyphens, apostrophes. */
    private static final Pattern JOINER = Pattern.compile("[\\s\\p{Zs}\\-\\u2010\\u2011\\u2013'\\u2019]+");

    /** Said before a name: replaced with it, so "Mrs Müller" becomes "a customer", not "Mrs a customer". */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr",
            "frau", "mme", "mlle", "monsieur", "madame", "sr", "sra");
    /** Never a name on their own. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
            "dame", "lady", "lord", "dear", "hi", "hello", "hey", "herr", "frau", "mme", "mlle", "monsieur", "madame",
            "sr", "sra", "jr", "family");
    private static final Pattern AFTER_HONORIFIC = Pattern.compile("\\.?[\\s\\p{Zs}]+");
    private static final Set<String> MONTHS = Set.of("may", "june", "april", "august", "march");
    private static final Set<String> DATE_WORDS = Set.of("in", "since", "until", "till", "during", "last", "next",
            "this", "early", "late", "mid", "from", "of", "end", "start", "before", "after", "through");
    /** Names that are also everyday words, and everyday words an owner field may hold ("Kitchen team"). */
    private static final Set<String> COMMON = Set.of(
            "a", "an", "and", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "it",
            "be", "we", "us", "our", "you", "your", "he", "she", "me", "my", "no", "so", "do", "go", "up", "or", "if",
            "am", "may", "june", "april", "august", "march", "will", "bill", "bob", "rose", "grace", "hope", "joy",
            "faith", "mark", "pat", "sue", "ray", "dawn", "summer", "frank", "jack", "baker", "cook", "smith",
            "miller", "mason", "carter", "turner", "king", "young", "white", "brown", "green", "black", "gray",
            "grey", "wood", "woods", "hill", "stone", "field", "long", "short", "little", "page", "rich", "price",
            "hunter", "fisher", "bishop", "bell", "ward", "moss", "lane", "marsh", "brook", "banks", "bank", "park",
            "chase", "cash", "penny", "ruby", "amber", "iris", "holly", "ivy", "lily", "daisy", "heather", "olive",
            "river", "autumn", "sandy", "rusty", "guy", "art", "don", "dean", "miles", "nick", "rob", "chip", "gale",
            "honey", "wade", "best", "good", "love", "swift", "pope", "read", "reed", "rice", "glass", "church",
            "hall", "house", "west", "north", "south", "east", "wells", "well", "ford", "cross", "street", "fox",
            "wolf", "lamb", "crane", "swan", "drake", "hawk", "finch", "bird", "bush", "lake", "pool", "bridge",
            "gate", "gates", "fair", "hardy", "bright", "sharp", "frost", "snow", "rain", "storm", "day", "knight",
            "barber", "butcher", "potter", "weaver", "archer", "porter", "parker", "cooper", "glover", "painter",
            "shepherd", "walker", "brewer", "mills", "mill", "booth", "sterling", "victor", "sunny", "star", "team",
            "staff", "kitchen", "shop", "manager", "owner", "front", "office", "desk", "support", "sales", "delivery",
            "customer", "service", "head", "chef", "new");

    /** A word in a text, where it stands and how it compares. */
    record Token(int start, int end, String typed, String folded) {
        boolean capitalised() {
            return Character.isUpperCase(typed.codePointAt(0));
        }
    }

    /** A name to look for: its words (each with its spellings), and what it becomes. */
    private record Name(List<Set<String>> words, String replacement) {
    }

    private final List<Name> names = new ArrayList<>();
    private final Map<String, String> alone = new LinkedHashMap<>();

    /**
     * Adds a name. {@code wordsAlone}: whether its words also count on their own (a person's name) or only the
     * whole (an order reference such as "Order 1042"). The first replacement given for a word wins.
     */
    void add(String name, String replacement, boolean wordsAlone) {
        List<Token> typed = tokens(name);
        if (typed.isEmpty() || typed.stream().allMatch(t -> t.folded().length() < 2)) {
            return;
        }
        List<Set<String>> words = typed.stream().map(t -> spellings(t.typed())).toList();
        names.add(new Name(words, replacement));
        if (wordsAlone) {
            // Any run of two or more of its words is the name too: "O'Neil" of "Ben O'Neil", "van Dijk".
            for (int from = 0; from < words.size(); from++) {
                for (int to = from + 2; to <= Math.min(words.size(), from + 4); to++) {
                    if (to - from < words.size()) {
                        names.add(new Name(words.subList(from, to), replacement));
                    }
                }
            }
            // Lower case beside capitals marks a particle ("van", "de"); a name typed all in lower case has none.
            boolean anyCapital = typed.stream().anyMatch(Token::capitalised);
            typed.stream().filter(t -> t.folded().length() >= 2 && !TITLES.contains(t.folded())
                            && (t.capitalised() || !anyCapital))
                    .forEach(t -> spellings(t.typed()).forEach(s -> alone.putIfAbsent(s, replacement)));
        }
        // Longest first, so "Zoë Adams" is one hit rather than two; stable, so customers stay before owners.
        names.sort((a, b) -> b.words().size() - a.words().size());
    }

    /** The names in {@code text}, whole or in part, skipping the characters already {@code taken}. */
    List<Redaction.Hit> find(String text, boolean[] taken) {
        List<Token> tokens = tokens(text).stream().filter(t -> !taken(taken, t)).toList();
        String[] found = new String[tokens.size()];
        int[] runEnd = new int[tokens.size()];
        // Whole names first, then words alone.
        names.forEach(name -> {
            for (int j = 0; j + name.words().size() <= tokens.size(); j++) {
                if (matches(name, tokens, j, text, found)) {
                    found[j] = name.replacement();
                    runEnd[j] = j + name.words().size() - 1;
                    for (int k = j + 1; k <= runEnd[j]; k++) {
                        found[k] = "";
                    }
                }
            }
        });
        for (int j = 0; j < tokens.size(); j++) {
            if (found[j] == null && countsAlone(tokens, j)) {
                found[j] = alone.get(tokens.get(j).folded());
                runEnd[j] = j;
            }
        }
        return hits(text, tokens, found, runEnd);
    }

    private boolean matches(Name name, List<Token> tokens, int j, String text, String[] found) {
        boolean allCommon = true;
        for (int k = 0; k < name.words().size(); k++) {
            Token t = tokens.get(j + k);
            if (found[j + k] != null || !name.words().get(k).contains(t.folded())
                    || k > 0 && !joined(text, tokens.get(j + k - 1), t)) {
                return false;
            }
            allCommon &= COMMON.contains(t.folded());
        }
        return !allCommon || tokens.get(j).capitalised();
    }

    private boolean countsAlone(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!alone.containsKey(t.folded())) {
            return false;
        }
        if (!COMMON.contains(t.folded())) {
            return true;
        }
        return t.capitalised() && !(MONTHS.contains(t.folded()) && dateNearby(tokens, j));
    }

    private static boolean dateNearby(List<Token> tokens, int j) {
        boolean numberBefore = j > 0 && isNumber(tokens.get(j - 1));
        boolean numberAfter = j + 1 < tokens.size() && isNumber(tokens.get(j + 1));
        return numberBefore || numberAfter || j > 0 && DATE_WORDS.contains(tokens.get(j - 1).folded());
    }

    private static boolean isNumber(Token t) {
        return t.typed().chars().allMatch(Character::isDigit);
    }

    /** Consecutive hits with the same replacement and only spaces between become one ("Zoë" + "Adams"). */
    private static List<Redaction.Hit> hits(String text, List<Token> tokens, String[] found, int[] runEnd) {
        List<Redaction.Hit> hits = new ArrayList<>();
        for (int j = 0; j < tokens.size(); j++) {
            if (found[j] == null || found[j].isEmpty()) {
                continue;
            }
            int start = j > 0 && found[j - 1] == null && HONORIFICS.contains(tokens.get(j - 1).folded())
                    && AFTER_HONORIFIC.matcher(text.substring(tokens.get(j - 1).end(), tokens.get(j).start())).matches()
                    ? tokens.get(j - 1).start() : tokens.get(j).start();
            int end = tokens.get(runEnd[j]).end();
            Redaction.Hit last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
            if (last != null && last.replacement().equals(found[j])
                    && JOINER.matcher(text.substring(last.end(), start)).matches()) {
                hits.set(hits.size() - 1, new Redaction.Hit(last.start(), end, found[j]));
            } else {
                hits.add(new Redaction.Hit(start, end, found[j]));
            }
        }
        return hits;
    }

    private static boolean joined(String text, Token before, Token after) {
        return JOINER.matcher(text.substring(before.end(), after.start())).matches();
    }

    private static boolean taken(boolean[] taken, Token t) {
        for (int n = t.start(); n < t.end(); n++) {
            if (taken[n]) {
                return true;
            }
        }
        return false;
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String folded = fold(m.group());
            if (!folded.isEmpty()) {
                tokens.add(new Token(m.start(), m.end(), m.group(), folded));
            }
        }
        return tokens;
    }

    /** "Müller" is also written "Mueller": both spellings of a word with an umlaut count. */
    private static Set<String> spellings(String word) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(fold(word));
        String lower = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (lower.matches(".*[äöü].*")) {
            spellings.add(fold(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")));
        }
        return spellings;
    }

    /** "ZOË", "Zoë", "Zoe\u0308", "Zoe" and "Ｚｏｅ" all fold to "zoe". */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
                b.append(switch (c) {
                    case 'ß' -> "ss";
                    case 'æ' -> "ae";
                    case 'œ' -> "oe";
                    case 'ø' -> "o";
                    case 'ł' -> "l";
                    case 'đ', 'ð' -> "d";
                    case 'þ' -> "th";
                    case 'ı' -> "i";
                    default -> Character.toString(c);
                });
            }
        });
        return b.toString();
    }
}
