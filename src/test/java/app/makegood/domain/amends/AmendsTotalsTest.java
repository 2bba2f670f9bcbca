package app.makegood.domain.amends;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.makegood.domain.amends.Amounts.NO_FUTURE;
import static app.makegood.domain.amends.Amounts.customer;
import static app.makegood.domain.amends.Amounts.inputs;
import static app.makegood.domain.amends.Amounts.money;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AmendsTotalsTest {
    @Test
    void totalsCountWhatWasPutOnTheTableAndWhatWasTaken() {
        List<AffectedCustomer> customers = List.of(
                customer("50", "60", OfferState.ACCEPTED),
                customer("20.50", "25.25", OfferState.DECLINED),
                customer("10", "12", OfferState.OFFERED),
                customer("5", "99", OfferState.NOT_OFFERED),
                customer(null, null, OfferState.OFFERED));
        AmendsTotals totals = AmendsTotals.of(customers, c -> inputs("10", "1", "1", "0.5"));
        assertEquals(new AmendsTotals(5, money("110.50"), money("97.25"), money("60.00")), totals);
    }

    @Test
    void customersMayHaveTheirOwnFutureValue() {
        List<AffectedCustomer> customers = List.of(customer("1", null, null), customer("2", null, null));
        AmendsTotals totals = AmendsTotals.of(customers,
                c -> c == customers.get(0) ? inputs("100", "1", "1", "1") : NO_FUTURE);
        assertEquals(money("103.00"), totals.totalStake());
    }

    @Test
    void noCustomersGiveZeroes() {
        assertEquals(new AmendsTotals(0, money("0.00"), money("0.00"), money("0.00")),
                AmendsTotals.of(List.of(), c -> NO_FUTURE));
    }
}
