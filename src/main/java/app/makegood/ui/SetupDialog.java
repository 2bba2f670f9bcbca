package app.makegood.ui;

import app.makegood.domain.Limits;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.PaperSize;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;

/**
 * First start: the four things a letter and an amount need (business name, signer, currency, paper), asked once the
 * profile turns out to be empty. The currency is shown, never assumed; "Set up later" stores nothing, and the rest of
 * the profile stays in Edit ▸ Business profile.
 */
public final class SetupDialog extends Dialog<SetupDialog.Setup> {
    /** What the owner gave: the profile to store and the business's currency (ISO code). */
    public record Setup(BusinessProfile profile, String currency) {
    }

    private final TextField name = new TextField();
    private final TextField signer = new TextField();
    private final ComboBox<Currency> currency = new ComboBox<>();
    private final ComboBox<PaperSize> paper = new ComboBox<>();
    private final BusinessProfile current;

    public SetupDialog(Window owner, Messages messages, BusinessProfile current, String currencyCode, Locale locale) {
        this.current = current;
        initOwner(owner);
        setTitle(messages.get("setup.title"));
        setHeaderText(messages.get("setup.header"));
        name.setId("setupName");
        signer.setId("setupSigner");
        currency.setId("setupCurrency");
        paper.setId("setupPaper");
        TextInputs.limit(name, Limits.NAME);
        TextInputs.limit(signer, Limits.NAME);
        name.setText(current.name());
        signer.setText(current.signerName());
        signer.setPromptText(messages.get("setup.signer.prompt"));
        currency.getItems().setAll(Currency.getAvailableCurrencies().stream()
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList());
        currency.setConverter(new StringConverter<>() {
            @Override
            public String toString(Currency c) {
                return c == null ? "" : c.getCurrencyCode() + " \u2014 " + c.getDisplayName(locale);
            }

            @Override
            public Currency fromString(String text) {
                return currency.getValue();
            }
        });
        currency.setValue(Currency.getInstance(currencyCode));
        currency.setVisibleRowCount(12);
        Choices.fill(paper, messages, "paper", PaperSize.class);
        paper.setValue(current.equals(BusinessProfile.EMPTY) ? PaperSize.usualIn(locale.getCountry()) : current.paper());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label(messages, "setup.name", name), name);
        grid.addRow(1, label(messages, "setup.signer", signer), signer);
        grid.addRow(2, label(messages, "setup.currency", currency), currency);
        grid.addRow(3, label(messages, "setup.paper", paper), paper);
        Label later = new Label(messages.get("setup.more"));
        later.setWrapText(true);
        later.getStyleClass().add("text-muted");
        grid.add(later, 0, 4, 2, 1);
        GridPane.setHgrow(name, Priority.ALWAYS);
        Dialogs.scrollingContent(this, grid);
        getDialogPane().setPrefWidth(520);

        ButtonType save = new ButtonType(messages.get("setup.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(messages.get("setup.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, skip);
        // Letters are signed with the business name: without one there is nothing worth storing yet.
        getDialogPane().lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank(), name.textProperty()));
        // After the dialog's own first focus (its buttons), or typing would land on "Set up later".
        setOnShown(e -> Platform.runLater(name::requestFocus));
        setResultConverter(button -> button == save ? read() : null);
    }

    private Setup read() {
        BusinessProfile p = current;
        return new Setup(new BusinessProfile(name.getText().strip(), p.address(), p.phone(), p.email(), p.website(),
                p.logo(), signer.getText().strip(), p.signerRole(), p.signOff(), paper.getValue()),
                currency.getValue().getCurrencyCode());
    }

    /** A form label that names its field (Alt+letter) and is never cut short. */
    static Label label(Messages messages, String key, javafx.scene.Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        label.setMnemonicParsing(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
