package app.makegood.service;

import app.makegood.domain.Text;
import app.makegood.domain.Validation;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.FutureValueInputs;
import app.makegood.store.SettingsRepository;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The business's figures for amends (currency, what a returning customer brings) as the window and every command
 * read and save them: stored settings, and where the owner has not set a currency, the one of the user's country.
 * Runs off the UI thread.
 */
public final class BusinessFigures {
    private final SettingsRepository settings;
    private final Locale locale;

    public BusinessFigures(SettingsRepository settings, Locale locale) {
        this.settings = settings;
        this.locale = locale;
    }

    /** The figures before any are read: nothing at risk yet, in the currency of the user's country. */
    public static AmendsDefaults unread(Locale locale) {
        return AmendsDefaults.from(Map.of(), AmendsDefaults.localCurrency(locale));
    }

    public AmendsDefaults load() {
        return AmendsDefaults.from(settings.all(), AmendsDefaults.localCurrency(locale));
    }

    public void save(AmendsDefaults figures) {
        settings.putAll(figures.toSettings());
    }

    /**
     * The figures as the owner types them, in the window's dialog or as {@code makegood settings} options: amounts
     * with at most two decimals, the margin in percent (0 to 100). Empty when one of them is not valid.
     */
    public static Optional<AmendsDefaults> parse(String currency, String orderValue, String ordersPerYear,
                                                 String years, String marginPercent) {
        Optional<BigDecimal> value = number(orderValue);
        Optional<BigDecimal> orders = number(ordersPerYear);
        Optional<BigDecimal> stay = number(years);
        Optional<BigDecimal> margin = percent(marginPercent);
        String code = currencyCode(currency);
        if (value.isEmpty() || orders.isEmpty() || stay.isEmpty() || margin.isEmpty() || !isCurrency(code)) {
            return Optional.empty();
        }
        return Optional.of(new AmendsDefaults(code, new FutureValueInputs(value.get(), orders.get(), stay.get(),
                margin.get().movePointLeft(2))));
    }

    /** A figure: a number with at most two decimals, not negative. */
    public static Optional<BigDecimal> number(String text) {
        return Validation.parseMoney(text);
    }

    /** A margin in percent: a figure from 0 to 100. */
    public static Optional<BigDecimal> percent(String text) {
        return number(text).filter(m -> m.compareTo(BigDecimal.valueOf(100)) <= 0);
    }

    /** The margin as the owner reads and types it: 0.25 is "25". */
    public static String percentText(BigDecimal margin) {
        return margin.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    public static String currencyCode(String text) {
        return Text.orEmpty(text).strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
