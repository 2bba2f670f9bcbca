package app.makegood.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import java.util.Optional;

/** Fills a combo box with every constant of an enum, shown by its display name. */
public final class Choices {
    private Choices() {
    }

    public static <E extends Enum<E>> void fill(ComboBox<E> box, Messages messages, String prefix, Class<E> type) {
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(messages.converter(prefix, type));
    }

    /**
     * "None" (the text given) first, then every constant. Optional items, because a combo box does not handle a null
     * item well.
     */
    public static <E extends Enum<E>> void fillOptional(ComboBox<Optional<E>> box, Messages messages, String prefix,
                                                       Class<E> type, String none) {
        box.getItems().clear();
        box.getItems().add(Optional.empty());
        for (E e : type.getEnumConstants()) {
            box.getItems().add(Optional.of(e));
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<E> value) {
                return value == null || value.isEmpty() ? none : messages.label(prefix, value.get());
            }

            @Override
            public Optional<E> fromString(String text) {
                return box.getItems().stream().filter(o -> toString(o).equals(text)).findFirst().orElse(Optional.empty());
            }
        });
    }

    /** A filter: "any" (the text given) first, then every constant, kept in step both ways with {@code chosen}. */
    public static <E extends Enum<E>> void fillWithAny(ComboBox<Optional<E>> box, Messages messages, String prefix,
                                                      Class<E> type, String any, ObjectProperty<E> chosen) {
        fillOptional(box, messages, prefix, type, any);
        box.setValue(Optional.ofNullable(chosen.get()));
        box.valueProperty().addListener((obs, old, now) -> chosen.set(now == null ? null : now.orElse(null)));
        chosen.addListener((obs, old, now) -> box.setValue(Optional.ofNullable(now)));
    }
}
