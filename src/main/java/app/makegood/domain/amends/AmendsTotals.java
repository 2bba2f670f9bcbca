package app.makegood.domain.amends;

import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.OfferState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The figures for a whole incident. An offer counts as offered once the customer has been told of it
 * (offered, accepted or declined) and it has an amount; declined offers still show what was put on the table.
 * A recurring offer counts for what it is worth over all its periods.
 */
public record AmendsTotals(int customers, BigDecimal totalStake, BigDecimal totalOffered, BigDecimal totalAccepted) {
    private static final Set<OfferState> TOLD = Set.of(OfferState.OFFERED, OfferState.ACCEPTED, OfferState.DECLINED);

    /** @param inputs each customer's future-value figures (the profile defaults or their own) */
    public static AmendsTotals of(List<AffectedCustomer> customers, Function<AffectedCustomer, FutureValueInputs> inputs) {
        BigDecimal stake = sum(customers, c -> Stakes.of(c, inputs.apply(c)).total());
        BigDecimal offered = sum(customers.stream().filter(c -> TOLD.contains(c.offerState())).toList(),
                AmendsTotals::offer);
        BigDecimal accepted = sum(customers.stream().filter(c -> c.offerState() == OfferState.ACCEPTED).toList(),
                AmendsTotals::offer);
        return new AmendsTotals(customers.size(), stake, offered, accepted);
    }

    private static BigDecimal offer(AffectedCustomer c) {
        return c.offerWorth().orElse(BigDecimal.ZERO);
    }

    private static BigDecimal sum(List<AffectedCustomer> customers, Function<AffectedCustomer, BigDecimal> amount) {
        return Money.round(customers.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
