package app.makegood.ui;

import app.makegood.export.letter.LetterTemplates;
import app.makegood.export.letter.TemplateException;
import app.makegood.export.letter.TemplateName;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits the owner's copy of a letter template. A template that does not compile is refused with its line and
 * reason, and the text stays in the editor to fix; "Reset to default" drops the copy.
 */
public final class TemplateDialog extends Dialog<Void> {
    private final TextArea source = new TextArea();
    private final Label status = new Label();

    public TemplateDialog(Window owner, Messages messages, Background background, LetterTemplates templates,
                          TemplateName name) {
        initOwner(owner);
        setTitle(messages.get("template.title"));
        setHeaderText(messages.get("template.header", name.fileName()));
        setResizable(true);
        source.setId("templateSource");
        source.getStyleClass().add("template-source");
        source.setPrefSize(760, 520);
        source.setText(templates.source(name));
        status.setWrapText(true);
        status.setId("templateStatus");
        status.setText(messages.get(templates.isCustomised(name) ? "template.customised" : "template.default"));
        getDialogPane().setContent(new VBox(8, source, status));

        ButtonType save = new ButtonType(messages.get("template.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType reset = new ButtonType(messages.get("template.reset"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(save, reset, ButtonType.CLOSE);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            String text = source.getText();
            background.run(() -> {
                templates.save(name, text);
                return null;
            }).onSuccess(x -> status.setText(messages.get("template.saved")))
                    .onError(error -> status.setText(error instanceof TemplateException t
                            ? messages.get("template.broken", t.line(), t.reason()) : ErrorMessages.plain(error)))
                    .start();
        });
        getDialogPane().lookupButton(reset).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            background.run(() -> {
                templates.reset(name);
                return templates.source(name);
            }).onSuccess(text -> {
                source.setText(text);
                status.setText(messages.get("template.resetDone"));
            }).onError(error -> status.setText(ErrorMessages.plain(error))).start();
        });
        setOnShown(e -> source.requestFocus());
    }
}
