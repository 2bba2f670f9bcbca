package app.makegood.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameCustomerTest {

    @Test
    void theSameEmailWhateverItsCaseAndTheSpacesAroundItIsTheSameCustomer() {
        assertEquals("ann@x.com", SameCustomer.key(" Ann@X.com\t"));
        assertTrue(SameCustomer.same(" Ann@X.com ", "ann@x.com"));
        assertFalse(SameCustomer.same("ann@x.com", "ann+shop@x.com"), "another mailbox is another customer");
    }

    @Test
    void noEmailIsNobody() {
        assertEquals("", SameCustomer.key(null));
        assertFalse(SameCustomer.same("", ""));
        assertFalse(SameCustomer.same("  ", null));
    }
}
