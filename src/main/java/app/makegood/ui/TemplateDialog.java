package app.makegood.ui;

import app.makegood.domain.LetterKind;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.export.letter.TemplateException;
import app.makegood.export.letter.TemplateName;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.Map;

/**
 * Edits the owner's copies of one letter's templates: the letter itself, the email's plain text and the subject.
 * A template that does not compile is refused with its line and reason, and the text stays in the editor to fix;
 * switching between the parts keeps what was typed; "Reset to default" drops the copy of the part shown.
 */
public final class TemplateDialog extends Dialog<Void> {
    private final TextArea source = new TextArea();
    private final Label status = new Label();
    private final ComboBox<TemplateName.Part> part = new ComboBox<>();
    private final Map<TemplateName.Part, String> unsaved = new EnumMap<>(TemplateName.Part.class);
    private final Messages messages;
    private final LetterTemplates templates;
    private final LetterKind kind;
    /** The text of the part on screen as it was loaded or last saved: anything else is unsaved work. */
    private String kept = "";

    public TemplateDialog(Window owner, Messages messages, Background background, LetterTemplates templates,
                          TemplateName first) {
        this.messages = messages;
        this.templates = templates;
        this.kind = first.kind();
        initOwner(owner);
        setTitle(messages.get("template.title"));
        setHeaderText(messages.get("template.header", messages.label("letterKind", kind)));
        setResizable(true);
        source.setId("templateSource");
        source.getStyleClass().add("template-source");
        source.setPrefSize(760, 520);
        status.setWrapText(true);
        status.setId("templateStatus");
        part.setId("templatePart");
        Choices.fill(part, messages, "template.part", TemplateName.Part.class);
        part.setValue(first.part());
        show(first.part());
        part.valueProperty().addListener((obs, old, now) -> {
            if (!source.getText().equals(kept)) {
                unsaved.put(old, source.getText());
            }
            show(now);
        });
        HBox choice = new HBox(8, new Label(messages.get("template.part")), part);
        choice.setAlignment(Pos.CENTER_LEFT);
        getDialogPane().setContent(new VBox(8, choice, source, status));

        ButtonType save = new ButtonType(messages.get("template.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType reset = new ButtonType(messages.get("template.reset"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(save, reset, ButtonType.CLOSE);
        // Save and reset keep the dialog open: the owner sees the result and may go on editing.
        getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            TemplateName name = shown();
            String text = source.getText();
            background.run(() -> {
                templates.save(name, text);
                return null;
            }).onSuccess(x -> {
                unsaved.remove(name.part());
                kept = text;
                status.setText(messages.get("template.saved"));
            }).onError(error -> status.setText(error instanceof TemplateException t
                    ? messages.get("template.broken", t.line(), t.reason()) : ErrorMessages.plain(error))).start();
        });
        getDialogPane().lookupButton(reset).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            TemplateName name = shown();
            background.run(() -> {
                templates.reset(name);
                return templates.source(name);
            }).onSuccess(text -> {
                unsaved.remove(name.part());
                kept = text;
                source.setText(text);
                status.setText(messages.get("template.resetDone"));
            }).onError(error -> status.setText(ErrorMessages.plain(error))).start();
        });
        setOnShown(e -> source.requestFocus());
        setOnCloseRequest(e -> {
            boolean typed = !unsaved.isEmpty() || !source.getText().equals(kept);
            if (typed && !new Dialogs(getDialogPane().getScene().getWindow(), messages).confirm(messages.get("template.discard"))) {
                e.consume();
            }
        });
    }

    private TemplateName shown() {
        return new TemplateName(kind, part.getValue());
    }

    private void show(TemplateName.Part p) {
        TemplateName name = new TemplateName(kind, p);
        kept = templates.source(name);
        source.setText(unsaved.getOrDefault(p, kept));
        status.setText(messages.get(templates.isCustomised(name) ? "template.customised" : "template.default",
                name.fileName()));
    }
}
