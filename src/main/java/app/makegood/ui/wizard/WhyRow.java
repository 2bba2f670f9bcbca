package app.makegood.ui.wizard;

import app.makegood.domain.WhyStep;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Editable state of one why/answer pair. */
public final class WhyRow {
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final BooleanProperty rootCause = new SimpleBooleanProperty();

    public WhyRow(WhyStep step) {
        question.set(step.question());
        answer.set(step.answer());
        rootCause.set(step.rootCause());
    }

    public WhyStep toDomain() {
        return new WhyStep(question.get(), answer.get(), rootCause.get());
    }

    Observable[] observables() {
        return new Observable[] {question, answer, rootCause};
    }

    public StringProperty questionProperty() {
        return question;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public BooleanProperty rootCauseProperty() {
        return rootCause;
    }
}
