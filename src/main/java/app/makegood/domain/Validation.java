package app.makegood.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** Input rules shared by the wizard (as live field checks) and by imports (as a whole-incident check). */
public final class Validation {
    /*
     * A plain address that mail can be sent to: dot-separated words before the @ (no spaces, control characters
     * or the characters that mean something in a mail header), and a domain of at least two dot-separated labels.
     * Quoted local parts and IP literals are refused: nobody types them for a customer.
     */
    private static final String WORD = "[^\\s\\p{Cntrl}()<>\\[\\]:;@\\\\,\".]+";
    private static final String LABEL = "[\\p{L}\\p{N}-]+";
    private static final Pattern EMAIL = Pattern.compile(WORD + "(\\." + WORD + ")*@" + LABEL + "(\\." + LABEL + ")+");
    private static final Pattern MONEY = Pattern.compile("^\\d{1,9}([.,]\\d{1,2})?$");

    private Validation() {
    }

    /**
     * Whether {@code s} (spaces around it aside) is an email address: the one rule for the wizard, the imports and
     * sending mail ({@code MailAddress}).
     */
    public static boolean isEmail(String s) {
        return s != null && s.length() <= Limits.EMAIL && EMAIL.matcher(s.strip()).matches();
    }

    /** Parses an amount such as {@code 12}, {@code 12.5} or {@code 12,50}; empty when it is not a valid amount. */
    public static Optional<BigDecimal> parseMoney(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        if (!MONEY.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(',', '.')).setScale(2));
    }

    public static boolean isMoneyOrBlank(String s) {
        return Text.isBlank(s) || parseMoney(s).isPresent();
    }

    public static boolean inOrder(Optional<Instant> earlier, Optional<Instant> later) {
        return earlier.isEmpty() || later.isEmpty() || !later.get().isBefore(earlier.get());
    }
}
