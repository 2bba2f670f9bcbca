package app.makegood.ui.wizard;

import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.FutureValueInputs;
import app.makegood.service.BusinessFigures;
import app.makegood.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/** Asks for the business's currency and what a typical customer brings; OK only once every figure reads. */
final class BusinessFiguresDialog extends Dialog<AmendsDefaults> {
    private final TextField currency = new TextField();
    private final TextField orderValue = new TextField();
    private final TextField ordersPerYear = new TextField();
    private final TextField years = new TextField();
    private final TextField marginPercent = new TextField();

    BusinessFiguresDialog(Window owner, Messages messages, AmendsDefaults current) {
        initOwner(owner);
        setTitle(messages.get("amends.dialog.title"));
        setHeaderText(messages.get("amends.dialog.header"));
        FutureValueInputs f = current.futureValue();
        currency.setText(current.currency());
        orderValue.setText(f.averageOrderValue().toPlainString());
        ordersPerYear.setText(f.ordersPerYear().toPlainString());
        years.setText(f.expectedYears().toPlainString());
        marginPercent.setText(BusinessFigures.percentText(f.margin()));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("amends.dialog.currency")), currency);
        grid.addRow(1, new Label(messages.get("amends.orderValue")), orderValue);
        grid.addRow(2, new Label(messages.get("amends.ordersPerYear")), ordersPerYear);
        grid.addRow(3, new Label(messages.get("amends.years")), years);
        grid.addRow(4, new Label(messages.get("amends.marginPercent")), marginPercent);
        Label invalid = new Label(messages.get("amends.dialog.invalid"));
        invalid.setWrapText(true);
        invalid.getStyleClass().add("dialog-error");
        grid.add(invalid, 0, 5, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        var valid = Bindings.createBooleanBinding(() -> read().isPresent(), currency.textProperty(),
                orderValue.textProperty(), ordersPerYear.textProperty(), years.textProperty(), marginPercent.textProperty());
        invalid.visibleProperty().bind(valid.not());
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(valid.not());
        setResultConverter(button -> button == ButtonType.OK ? read().orElse(null) : null);
    }

    private Optional<AmendsDefaults> read() {
        return BusinessFigures.parse(currency.getText(), orderValue.getText(), ordersPerYear.getText(),
                years.getText(), marginPercent.getText());
    }
}
