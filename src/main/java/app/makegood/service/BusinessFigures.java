package app.makegood.service;

import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.store.SettingsRepository;

import java.util.Locale;
import java.util.Map;

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
}
