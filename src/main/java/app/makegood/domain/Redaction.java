package app.makegood.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What of one incident must never reach a public text, and what stands in its place: affected customers' names,
 * greetings, references and emails become "a customer", the owners of corrective actions "our team" (names are
 * found word by word, see {@link NameTokens}); any other email, any phone number and any money amount
 * ("€297.02", "$1,200", "297.02 EUR", "£10", and the customers' own amounts even without a currency) is replaced
 * by a bracketed note, so the sentence still reads and the reader sees something was left out. A pure rule: every
 * public output (page, history, copied update) goes through it.
 */
public final class Redaction {
    public static final String AN_EMAIL = "[email address]";
    public static final String A_PHONE = "[phone number]";
    public static final String AN_AMOUNT = "[amount]";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final String NUMBER = "(?:\\d{1,3}(?:[,.'\\u00A0\\u202F]\\d{3})+(?:[.,]\\d{1,2})?"
            + "|\\d+(?:[.,]\\d{1,2})?)(?![\\d])";
    private static final String CODE = "(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|INR|ZAR|BRL|MXN)";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[A-Z]{0,3}\\p{Sc}|" + CODE + ")[\\s\\u00A0]?[-\\u2212]?" + NUMBER
                    + "(?:[\\s\\u00A0]?(?:k|m|bn)(?![\\p{L}]))?"
                    + "|(?<![\\p{L}\\p{N}.,])" + NUMBER + "[\\s\\u00A0]?(?:\\p{Sc}|" + CODE
                    + "(?![\\p{L}])|(?i:euros?|dollars?|pence|cents?|quid)(?![\\p{L}]))");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])(?:\\+|\\(\\+?)?\\d[\\d \\u00A0()./-]{5,}\\d(?![\\p{L}\\p{N}])");
    private static final Pattern DATE_OR_DECIMAL = Pattern.compile(
            "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d+[.,]\\d{1,2}");

    /** One thing found in a text: where, and what replaces it. */
    public record Hit(int start, int end, String replacement) {
    }

    private final NameTokens names = new NameTokens();
    private final Set<String> customerEmails = new HashSet<>();
    private final List<Pattern> knownAmounts = new ArrayList<>();

    private Redaction() {
    }

    public static Redaction of(Incident i) {
        Redaction r = new Redaction();
        for (AffectedCustomer c : i.customers()) {
            r.names.add(c.name(), PublicStory.A_CUSTOMER, true);
            // "Dear Anna" greets Anna: the words after the greeting are hers too ("Hello there" names nobody).
            String[] greeting = c.salutation().strip().split("\\s+", 2);
            if (greeting.length > 1 && Character.isUpperCase(greeting[1].codePointAt(0))) {
                r.names.add(greeting[1], PublicStory.A_CUSTOMER, true);
            }
            r.names.add(c.reference(), PublicStory.A_CUSTOMER, false);
            if (c.email().contains("@")) {
                r.customerEmails.add(mailbox(c.email()));
            }
            Stream.of(c.expectedValue(), c.offerAmount(), c.offerWorth()).flatMap(Optional::stream).forEach(r::addAmount);
        }
        i.actions().forEach(a -> r.names.add(a.owner(), PublicStory.OUR_TEAM, true));
        return r;
    }

    /** {@code text} as it may be published. */
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Hit h : find(text)) {
            out.append(text, at, h.start()).append(startsSentence(text, h.start())
                    ? capitalised(h.replacement()) : h.replacement());
            at = h.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** What {@code text} holds that may not be published, in text order, none overlapping. */
    public List<Hit> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<Hit> hits = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            take(hits, taken, email.start(), email.end(),
                    customerEmails.contains(mailbox(email.group())) ? PublicStory.A_CUSTOMER : AN_EMAIL);
        }
        Stream.concat(Stream.of(AMOUNT), knownAmounts.stream()).forEach(p -> {
            Matcher m = p.matcher(text);
            while (m.find()) {
                take(hits, taken, m.start(), m.end(), AN_AMOUNT);
            }
        });
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            if (looksLikePhone(phone.group())) {
                take(hits, taken, phone.start(), phone.end(), A_PHONE);
            }
        }
        hits.addAll(names.find(text, taken));
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void take(List<Hit> hits, boolean[] taken, int start, int end, String replacement) {
        for (int n = start; n < end; n++) {
            if (taken[n]) {
                return;
            }
        }
        java.util.Arrays.fill(taken, start, end, true);
        hits.add(new Hit(start, end, replacement));
    }

    /** 7 to 15 digits, and not a date or a decimal number. */
    private static boolean looksLikePhone(String s) {
        long digits = s.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15 && !DATE_OR_DECIMAL.matcher(s).matches();
    }

    /** "Anna+refund@Example.com" is the mailbox anna@example.com. */
    private static String mailbox(String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        String local = lower.substring(0, at);
        int plus = local.indexOf('+');
        return (plus > 0 ? local.substring(0, plus) : local) + lower.substring(at);
    }

    /**
     * A customer's own amount with cents ("48.50") is theirs even typed without a currency, in either decimal
     * mark and with or without thousands separators. Whole amounts ("12.00") are left to the currency rule: a bare
     * "12" is as likely a count of cakes.
     */
    private void addAmount(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP).abs();
        if (cents.remainder(BigDecimal.ONE).signum() == 0) {
            return;
        }
        String plain = cents.toPlainString();
        String whole = plain.substring(0, plain.indexOf('.'));
        String fraction = plain.substring(plain.indexOf('.') + 1);
        String grouped = whole.replaceAll("\\B(?=(\\d{3})+$)", ",");
        List<String> forms = List.of(whole + "." + fraction, whole + "," + fraction, grouped + "." + fraction,
                grouped.replace(',', '.') + "," + fraction);
        knownAmounts.add(Pattern.compile("(?<![\\d.,])(?:" + String.join("|", forms.stream().distinct()
                .map(Pattern::quote).toList()) + ")(?![\\d]|[.,]\\d)"));
    }

    /** At the start of the text, of a line or of a sentence: "A customer", not "a customer". */
    private static boolean startsSentence(String text, int at) {
        int n = at - 1;
        while (n >= 0 && Character.isWhitespace(text.charAt(n)) && text.charAt(n) != '\n') {
            n--;
        }
        return n < 0 || ".!?\n".indexOf(text.charAt(n)) >= 0;
    }

    private static String capitalised(String replacement) {
        return replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1);
    }

    /** What was replaced in {@code texts}, each distinct wording once with how often, in the order first seen. */
    public List<Replacement> replacements(List<String> texts) {
        return Replacement.merge(texts.stream().map(text -> find(text).stream().map(h -> new Replacement(
                Replacement.asShown(text.substring(h.start(), h.end())), h.replacement(), 1)).toList()).toList());
    }
}
