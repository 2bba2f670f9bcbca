package app.makegood.ui.wizard;

import app.makegood.domain.Limits;
import app.makegood.domain.Validation;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.ui.FieldProblem;
import app.makegood.ui.Icons;
import app.makegood.ui.Messages;
import app.makegood.ui.TextInputs;
import app.makegood.ui.Validators;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

import java.util.Currency;

/**
 * The postmortem notes on the Prove step: a collapsible section whose title says how much is filled. Contributing
 * factors and links are rows drawn from the view model and redrawn only when rows come or go.
 */
public final class PostmortemNotesController {
    @FXML private TitledPane notesPane;
    @FXML private TextArea trigger;
    @FXML private VBox factors;
    @FXML private TextArea impact;
    @FXML private TextField people;
    @FXML private Label moneyLabel;
    @FXML private TextField money;
    @FXML private Label figuresProblem;
    @FXML private TextArea wentWell;
    @FXML private TextArea wentWrong;
    @FXML private TextArea gotLucky;
    @FXML private TextArea lessons;
    @FXML private VBox links;

    private PostmortemNotesModel notes;
    private Messages messages;

    void init(PostmortemNotesModel notes, Messages messages, ObjectProperty<AmendsDefaults> business) {
        this.notes = notes;
        this.messages = messages;
        bind(trigger, notes.triggerProperty());
        bind(impact, notes.impactProperty());
        bind(wentWell, notes.wentWellProperty());
        bind(wentWrong, notes.wentWrongProperty());
        bind(gotLucky, notes.gotLuckyProperty());
        bind(lessons, notes.lessonsProperty());
        // The wizard applies its text defaults before a collapsed pane's content is in the scene: apply them here.
        TextInputs.applyDefaults(notesPane.getContent());
        people.textProperty().bindBidirectional(notes.peopleAffected().textProperty());
        money.textProperty().bindBidirectional(notes.moneyLost().textProperty());
        moneyLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("notes.money", currency(business.get())), business));
        Validators rules = new Validators(messages);
        ValidationSupport support = new ValidationSupport();
        new FieldProblem(figuresProblem, support, rules)
                .watch(people, t -> notes.isPeopleValid(), messages.get("notes.people.valid"))
                .watch(money, Validation::isMoneyOrBlank, messages.get("valid.money"));
        notesPane.textProperty().bind(Bindings.createStringBinding(() -> messages.get("notes.title",
                notes.filledSections(), PostmortemNotesModel.SECTIONS), notes.observables()));
        redrawWhenRowsComeOrGo(notes.factors(), this::drawFactors);
        redrawWhenRowsComeOrGo(notes.links(), this::drawLinks);
        drawFactors();
        drawLinks();
    }

    private static void bind(TextArea area, StringProperty text) {
        area.textProperty().bindBidirectional(text);
    }

    /** The currency's symbol as the owner reads it, e.g. "£" or "CHF". */
    private static String currency(AmendsDefaults business) {
        try {
            return Currency.getInstance(business.currency()).getSymbol();
        } catch (IllegalArgumentException e) {
            return business.currency();
        }
    }

    /** Redraws on rows added, removed or moved, never while the owner types in one. */
    private static <T> void redrawWhenRowsComeOrGo(ObservableList<T> rows, Runnable draw) {
        rows.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    draw.run();
                    return;
                }
            }
        });
    }

    private void drawFactors() {
        factors.getChildren().clear();
        for (int i = 0; i < notes.factors().size(); i++) {
            factors.getChildren().add(factorBox(i, notes.factors().get(i)));
        }
    }

    private VBox factorBox(int index, FactorRow row) {
        TextField factor = field("factor-" + index, messages.get("notes.factor.prompt"), Limits.SHORT_TEXT);
        factor.textProperty().bindBidirectional(row.factorProperty());
        Button addWhy = new Button(messages.get("notes.factor.addWhy"));
        addWhy.setId("factor-" + index + "-ask");
        addWhy.getStyleClass().add("small");
        addWhy.setOnAction(e -> {
            row.addWhy();
            drawFactors(); // the button is redrawn: the focus goes on to the new answer
            focus("#factor-" + index + "-answer-" + (row.whys().size() - 1));
        });
        HBox top = new HBox(8, new Label("\u2022"), factor, addWhy,
                smallButton(messages.get("notes.factor.remove"), () -> notes.factors().remove(row)));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top);
        box.getStyleClass().add("factor");
        for (int w = 0; w < row.whys().size(); w++) {
            WhyRow why = row.whys().get(w);
            TextField question = field("factor-" + index + "-why-" + w, messages.get("field.why.question"), Limits.SHORT_TEXT);
            question.textProperty().bindBidirectional(why.questionProperty());
            TextField answer = field("factor-" + index + "-answer-" + w, messages.get("field.why.answer"), Limits.SHORT_TEXT);
            answer.textProperty().bindBidirectional(why.answerProperty());
            HBox line = new HBox(8, question, answer, smallButton(messages.get("field.why.remove"), () -> {
                row.whys().remove(why);
                drawFactors();
            }));
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("factor-why");
            box.getChildren().add(line);
        }
        return box;
    }

    private void drawLinks() {
        links.getChildren().clear();
        for (int i = 0; i < notes.links().size(); i++) {
            LinkRow row = notes.links().get(i);
            TextField label = field("link-label-" + i, messages.get("notes.link.label"), Limits.SHORT_TEXT);
            label.setMaxWidth(260);
            label.textProperty().bindBidirectional(row.labelProperty());
            TextField url = field("link-url-" + i, messages.get("notes.link.url"), Limits.URL);
            url.textProperty().bindBidirectional(row.urlProperty());
            HBox line = new HBox(8, label, url, smallButton(messages.get("notes.link.remove"), () -> notes.links().remove(row)));
            line.setAlignment(Pos.CENTER_LEFT);
            Label problem = new Label();
            problem.getStyleClass().add("link-problem");
            problem.textProperty().bind(Bindings.createStringBinding(() -> row.problem()
                    .map(p -> messages.get("notes.link.problem", p)).orElse(""), row.urlProperty()));
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            links.getChildren().add(new VBox(2, line, problem));
        }
    }

    private static TextField field(String id, String prompt, int max) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        TextInputs.limit(f, max);
        HBox.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private static Button smallButton(String whatItDoes, Runnable action) {
        return Icons.rowButton(Icons.REMOVE, whatItDoes, action);
    }

    @FXML
    private void onAddFactor() {
        notes.addFactor();
        focus("#factor-" + (notes.factors().size() - 1));
    }

    @FXML
    private void onAddLink() {
        notes.addLink();
        focus("#link-label-" + (notes.links().size() - 1));
    }

    private void focus(String selector) {
        var node = notesPane.lookup(selector);
        if (node != null) {
            node.requestFocus();
        }
    }
}
