package app.makegood.export;

import app.makegood.domain.Validation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount as spreadsheets from different countries write it: "12.50", "12,50", "1,234.50",
 * "1.234,50", "1 234,50", with a currency symbol or code before or after ("€ 12", "12.00 USD").
 * A dot or comma followed by one or two digits, and not used elsewhere in the number, is the decimal
 * separator. Any other separator must group thousands properly (1-3 digits, then groups of exactly 3), so
 * "1,234" and "1.234" are both 1234 (money has at most two decimals) and "12,34.5" is refused. The result
 * must then pass {@link Validation#parseMoney}: not negative, at most nine digits before the decimals.
 */
final class LooseAmount {
    private static final Pattern CURRENCY = Pattern.compile("(?:\\p{Sc}|[A-Z]{3})?\\s*(.*?)\\s*(?:\\p{Sc}|[A-Z]{3})?");
    private static final Pattern DECIMAL = Pattern.compile("(.*)([.,])(\\d{1,2})");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([., ])\\d{3}(?:\\1\\d{3})*");
    private static final Pattern DIGITS = Pattern.compile("\\d*");

    private LooseAmount() {
    }

    static Optional<BigDecimal> parse(String text) {
        Matcher currency = CURRENCY.matcher(text.replace('\u00a0', ' ').replace('\u202f', ' ').strip());
        if (!currency.matches()) {
            return Optional.empty();
        }
        String whole = currency.group(1);
        String fraction = "";
        String decimalSeparator = "";
        Matcher decimal = DECIMAL.matcher(whole);
        if (decimal.matches() && !decimal.group(1).contains(decimal.group(2))) {
            whole = decimal.group(1);
            decimalSeparator = decimal.group(2);
            fraction = "." + decimal.group(3);
        }
        if (!DIGITS.matcher(whole).matches()) {
            Matcher grouped = GROUPED.matcher(whole);
            if (!grouped.matches() || grouped.group(1).equals(decimalSeparator)) {
                return Optional.empty();
            }
            whole = whole.replace(grouped.group(1), "");
        }
        return Validation.parseMoney(whole + fraction);
    }
}
