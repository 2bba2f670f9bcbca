package app.makegood.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Input rules shared by the wizard (as live field checks) and by imports (as a whole-incident check). */
public final class Validation {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern MONEY = Pattern.compile("^\\d{1,9}([.,]\\d{1,2})?$");

    private Validation() {
    }

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

    /**
     * What keeps an incident from being stored, in plain words; empty when it can be stored as it is.
     * Drafts are welcome (an empty title, an email still being typed, dates the user is correcting are all
     * saved as typed), so only what the app itself could never have written is refused.
     */
    public static List<String> problems(Incident i) {
        List<String> out = new ArrayList<>();
        tooLong(out, "title", i.title(), Limits.TITLE);
        tooLong(out, "admission", i.admit(), Limits.LONG_TEXT);
        tooLong(out, "thanks", i.thank(), Limits.LONG_TEXT);
        tooLong(out, "explanation", i.explain(), Limits.LONG_TEXT);
        tooLong(out, "problem", i.problem(), Limits.LONG_TEXT);
        if (i.customers().size() > Limits.MAX_CUSTOMERS) {
            out.add("more than " + Limits.MAX_CUSTOMERS + " customers");
        }
        for (AffectedCustomer c : i.customers()) {
            tooLong(out, "customer name", c.name(), Limits.NAME);
            tooLong(out, "customer email", c.email(), Limits.EMAIL);
            c.expectedValue().filter(v -> v.signum() < 0).ifPresent(v -> out.add("a negative expected value"));
            c.offerAmount().filter(v -> v.signum() < 0).ifPresent(v -> out.add("a negative offer"));
        }
        for (CorrectiveAction a : i.actions()) {
            tooLong(out, "action", a.description(), Limits.LONG_TEXT);
            for (Attachment f : a.attachments()) {
                if (f.size() > Attachment.MAX_BYTES) {
                    out.add("attachment " + f.fileName() + " is larger than 20 MB");
                }
            }
        }
        return out;
    }

    private static void tooLong(List<String> out, String what, String text, int max) {
        if (text.length() > max) {
            out.add("the " + what + " is longer than " + max + " characters");
        }
    }
}
