package app.makegood.ui.wizard;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.amends.AmendsTotals;
import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.amends.OfferTiers;
import app.makegood.domain.amends.OfferWarning;
import app.makegood.domain.amends.OfferWarnings;
import app.makegood.domain.amends.Stake;
import app.makegood.domain.amends.Stakes;
import app.makegood.domain.amends.SuggestedOffer;
import app.makegood.service.BusinessFigures;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Make amends step's figures: each customer's stake, the suggested offers and the warnings, and the
 * incident's totals, in the business currency. The maths itself is in the domain; this only applies it.
 */
public final class AmendsModel {
    private final ObservableList<CustomerRow> customers;
    private final Locale locale;
    private final ObjectProperty<AmendsDefaults> defaults;
    private final ReadOnlyObjectWrapper<AmendsTotals> totals = new ReadOnlyObjectWrapper<>();

    AmendsModel(ObservableList<CustomerRow> customers, Locale locale) {
        this.customers = customers;
        this.locale = locale;
        this.defaults = new SimpleObjectProperty<>(BusinessFigures.unread(locale));
        InvalidationListener recount = x -> totals.set(AmendsTotals.of(domainCustomers(), this::inputsOf));
        customers.addListener(recount);
        defaults.addListener(recount);
        recount.invalidated(null);
    }

    /** The business's figures; set once they are read from the settings, and when the owner changes them. */
    public ObjectProperty<AmendsDefaults> defaultsProperty() {
        return defaults;
    }

    public ReadOnlyObjectProperty<AmendsTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public Stake stakeOf(CustomerRow row) {
        AffectedCustomer c = row.toDomain();
        return Stakes.of(c.expectedValue(), inputsOf(c));
    }

    public List<SuggestedOffer> suggestions(CustomerRow row) {
        return OfferTiers.suggest(stakeOf(row), money());
    }

    public List<OfferWarning> warnings(CustomerRow row) {
        return OfferWarnings.check(row.toDomain(), stakeOf(row), money());
    }

    public List<String> explanation(CustomerRow row) {
        return stakeOf(row).explanation(money());
    }

    /** Amounts as the user reads money: their locale's format with the business currency. */
    public Function<BigDecimal, String> money() {
        return defaults.get().moneyFormat(locale);
    }

    private FutureValueInputs inputsOf(AffectedCustomer c) {
        return c.futureValueOr(defaults.get().futureValue());
    }

    private List<AffectedCustomer> domainCustomers() {
        return customers.stream().map(CustomerRow::toDomain).toList();
    }

}
