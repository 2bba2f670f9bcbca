package app.makegood.ui;

import javafx.scene.control.ComboBox;

/** Fills a combo box with every constant of an enum, shown by its display name. */
public final class Choices {
    private Choices() {
    }

    public static <E extends Enum<E>> void fill(ComboBox<E> box, Messages messages, String prefix, Class<E> type) {
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(messages.converter(prefix, type));
    }
}
