package app.makegood.ui.review;

import app.makegood.domain.review.Patterns;
import app.makegood.domain.review.TimeMedians;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.Optional;

/**
 * The Review dashboard: the figures last worked out, and whether they are being read again.
 * The figures stay on screen while new ones load, so the view never goes blank.
 */
public final class PatternsViewModel {
    private static final Patterns NONE = new Patterns(List.of(), 0, 0, List.of(), List.of(), List.of(),
            TimeMedians.NONE);
    private final ObjectProperty<Patterns> patterns = new SimpleObjectProperty<>(NONE);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private boolean loaded;

    public void startLoading() {
        loading.set(true);
    }

    public void loaded(Patterns figures) {
        loaded = true;
        patterns.set(figures);
        loading.set(false);
    }

    public void failed() {
        loading.set(false);
    }

    /** The figures, once they were read at least once. */
    public Optional<Patterns> figures() {
        return loaded ? Optional.of(patterns.get()) : Optional.empty();
    }

    public ObjectProperty<Patterns> patternsProperty() {
        return patterns;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Incidents in the months shown. */
    public int incidentsInMonths() {
        return patterns.get().months().stream().mapToInt(Patterns.Month::incidents).sum();
    }
}
