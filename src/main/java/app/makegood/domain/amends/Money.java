package app.makegood.domain.amends;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shared arithmetic for the amends figures. Every computation multiplies and adds exact BigDecimals and
 * rounds once, at its end, to two places HALF_EVEN (banker's rounding), so a total of many customers
 * carries no drift in one direction and no intermediate figure is rounded twice.
 */
final class Money {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A count or duration as typed, without trailing zeros: 6, 2.5. */
    static String figure(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percentage: 0.3 gives 30%, 0.125 gives 12.5%. */
    static String percent(BigDecimal fraction) {
        return figure(fraction.multiply(HUNDRED)) + "%";
    }

    /** {@code 1 year}, {@code 3 years}. */
    static String count(BigDecimal n, String one, String many) {
        return figure(n) + " " + (n.compareTo(BigDecimal.ONE) == 0 ? one : many);
    }
}
