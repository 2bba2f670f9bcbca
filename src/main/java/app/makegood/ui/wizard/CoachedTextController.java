package app.makegood.ui.wizard;

import app.makegood.domain.Limits;
import app.makegood.domain.coach.Finding;
import app.makegood.domain.coach.FindingSeverity;
import app.makegood.domain.coach.LetterPart;
import app.makegood.ui.Messages;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.Comparator;

/**
 * A part of the letter typed by the owner, with the coach's findings highlighted in the text and listed
 * under it: click one to select its words, apply its rewrite (undoable with Ctrl+Z) or dismiss it.
 */
public final class CoachedTextController {
    @FXML private StackPane editorHolder;
    @FXML private Label allClear;
    @FXML private Label tooLong;
    @FXML private VBox findingsBox;

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private LetterCoach coach;
    private Messages messages;

    void init(StringProperty text, LetterCoach coach, LetterPart part, String id, String prompt, Messages messages) {
        this.coach = coach;
        this.messages = messages;
        area.setId(id);
        area.getStyleClass().add("letter-text");
        area.setWrapText(true);
        area.setAccessibleText(prompt);
        Label placeholder = new Label(prompt);
        placeholder.getStyleClass().add("coach-placeholder");
        placeholder.setWrapText(true);
        area.setPlaceholder(placeholder, Pos.TOP_LEFT);
        area.replaceText(text.get());
        area.getUndoManager().forgetHistory();
        area.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(text.get())) {
                text.set(now);
            }
        });
        text.addListener((obs, old, now) -> {
            if (!now.equals(area.getText())) {
                area.replaceText(now);
            }
        });
        formKeys();
        tooLong.setVisible(false);
        tooLong.setManaged(false);
        area.textProperty().addListener((obs, old, now) -> { // a change of text, not of the coach's underlines
            tooLong.setVisible(false);
            tooLong.setManaged(false);
        });
        editorHolder.getChildren().add(new VirtualizedScrollPane<>(area));

        ObservableList<Finding> findings = coach.findings(part);
        findings.addListener((ListChangeListener<Finding>) c -> show(findings));
        show(findings);
    }

    /**
     * Form keys: Tab and Shift+Tab leave the letter (the window moves the focus) instead of typing a tab,
     * and the letter holds at most {@link Limits#LONG_TEXT} characters: typing stops there and a paste that
     * would not fit is refused with a message, its text still on the clipboard.
     */
    private void formKeys() {
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.ignore(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_ANY)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.V, KeyCombination.SHORTCUT_DOWN), e -> paste()),
                InputMap.consume(EventPattern.keyTyped().onlyIf(e -> !fits(e.getCharacter())))));
    }

    private boolean fits(String insert) {
        return area.getLength() - area.getSelection().getLength() + insert.length() <= Limits.LONG_TEXT;
    }

    private void paste() {
        String clip = Clipboard.getSystemClipboard().getString();
        if (clip == null) {
            return;
        }
        if (fits(clip)) {
            area.replaceSelection(clip);
        } else {
            tooLong.setText(messages.get("coach.tooLong", Limits.LONG_TEXT));
            tooLong.setVisible(true);
            tooLong.setManaged(true);
        }
    }

    private void show(ObservableList<Finding> findings) {
        area.clearStyle(0, area.getLength());
        // slips last, so a misspelt word inside a flagged phrase still shows its own underline
        for (Finding f : findings.sorted(Comparator.comparing(x -> x.severity() == FindingSeverity.LANGUAGE))) {
            if (f.end() > f.start() && f.end() <= area.getLength()) {
                area.setStyleClass(f.start(), f.end(), styleOf(f));
            }
        }
        findingsBox.getChildren().setAll(findings.stream().map(this::row).toList());
        allClear.setVisible(findings.isEmpty() && !area.getText().isBlank());
        allClear.setManaged(allClear.isVisible());
    }

    /** A finding as one line: the words it is about, then why they cost trust. */
    static String describe(Finding f) {
        return f.text().isEmpty() ? f.message() : "\u201C" + f.text() + "\u201D \u2014 " + f.message();
    }

    static String styleOf(Finding f) {
        return switch (f.severity()) {
            case PROBLEM -> "coach-problem";
            case SUGGESTION -> "coach-suggestion";
            case LANGUAGE -> "coach-language";
        };
    }

    private HBox row(Finding f) {
        Label marker = new Label("\u25CF");
        marker.getStyleClass().addAll("coach-marker", styleOf(f));
        Label message = new Label(describe(f));
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().add("coach-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox row = new HBox(8, marker, message);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("coach-finding");
        f.suggestion().ifPresent(s -> row.getChildren().add(button(s.isEmpty()
                ? messages.get("coach.remove", f.text()) : messages.get("coach.replace", s), "coach-apply",
                () -> apply(f))));
        row.getChildren().add(button(messages.get("coach.dismiss"), "coach-dismiss", () -> coach.dismiss(f)));
        row.setOnMouseClicked(e -> select(f));
        return row;
    }

    private static Button button(String text, String styleClass, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("small", styleClass);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void select(Finding f) {
        if (f.end() <= area.getLength() && area.getText(f.start(), f.end()).equals(f.text())) {
            area.selectRange(f.start(), f.end());
            area.requestFocus();
        }
    }

    private void apply(Finding f) {
        coach.apply(f);
        area.requestFocus();
    }
}
