package app.makegood.store;

import java.util.Map;

/** The business's own settings, as named text values. Every method is one transaction. */
public interface SettingsRepository {

    Map<String, String> all();

    /** Stores every value, replacing those with the same name. */
    void putAll(Map<String, String> values);
}
