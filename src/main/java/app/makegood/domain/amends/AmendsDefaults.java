package app.makegood.domain.amends;

import app.makegood.domain.FutureValueInputs;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The business's own figures for amends: its currency and the future-value inputs every customer starts
 * with. Kept as named settings; a missing or unreadable setting falls back to a neutral default (no future
 * value at risk until the owner says what a customer is worth).
 */
public record AmendsDefaults(String currency, FutureValueInputs futureValue) {
    static final String CURRENCY = "business.currency";
    static final String ORDER_VALUE = "amends.averageOrderValue";
    static final String ORDERS_PER_YEAR = "amends.ordersPerYear";
    static final String YEARS = "amends.expectedYears";
    static final String MARGIN = "amends.margin";

    public static AmendsDefaults from(Map<String, String> settings, String fallbackCurrency) {
        return new AmendsDefaults(settings.getOrDefault(CURRENCY, fallbackCurrency), new FutureValueInputs(
                number(settings, ORDER_VALUE, BigDecimal.ZERO), number(settings, ORDERS_PER_YEAR, BigDecimal.ONE),
                number(settings, YEARS, BigDecimal.ONE), number(settings, MARGIN, BigDecimal.ZERO)));
    }

    public Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(CURRENCY, currency);
        out.put(ORDER_VALUE, futureValue.averageOrderValue().toPlainString());
        out.put(ORDERS_PER_YEAR, futureValue.ordersPerYear().toPlainString());
        out.put(YEARS, futureValue.expectedYears().toPlainString());
        out.put(MARGIN, futureValue.margin().toPlainString());
        return out;
    }

    /** The currency of the user's country, until the owner sets the business's own. */
    public static String localCurrency(Locale locale) {
        try {
            return Currency.getInstance(locale).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return "EUR";
        }
    }

    /** Amounts as the user reads money: their locale's format with the business currency. */
    public Function<BigDecimal, String> moneyFormat(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            // an unknown code from an old settings file: show the amount in the locale's own currency
        }
        return format::format;
    }

    /** True until the owner has said what a returning customer brings. */
    public boolean isUnset() {
        return futureValue.averageOrderValue().signum() == 0 || futureValue.margin().signum() == 0;
    }

    private static BigDecimal number(Map<String, String> settings, String key, BigDecimal fallback) {
        return Optional.ofNullable(settings.get(key)).flatMap(AmendsDefaults::parse)
                .filter(v -> v.signum() >= 0).orElse(fallback);
    }

    private static Optional<BigDecimal> parse(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
