package app.makegood.ui;

import javafx.util.StringConverter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-facing text of the app, from {@code messages.properties}. */
public final class Messages {
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("app.makegood.ui.messages", locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
    }

    /** Display name of an enum constant, e.g. {@code category.WRONG_ORDER}. */
    public String label(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    /** Converter for choice boxes showing enum constants by their display name. */
    public <E extends Enum<E>> StringConverter<E> converter(String prefix, Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return label(prefix, value);
            }

            @Override
            public E fromString(String text) {
                for (E e : type.getEnumConstants()) {
                    if (label(prefix, e).equals(text)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
