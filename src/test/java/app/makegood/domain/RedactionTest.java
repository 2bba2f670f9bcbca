package app.makegood.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Public redaction: every way a customer's or owner's name, an email, a phone number or an amount is typed. */
class RedactionTest {
    private static final Incident INCIDENT = edit(minimal("Late cakes", Instant.parse("2026-11-01T10:00:00Z")), e -> {
        AffectedCustomer zoe = new AffectedCustomer(Ids.newId(), "Zoë Adams", "zoe.adams@example.com", "",
                Optional.of(new BigDecimal("297.02")), OfferKind.REFUND, Optional.of(new BigDecimal("1234.50")), "",
                OfferState.OFFERED, "Dear Zoë", "Order 5521", "", Optional.empty());
        e.customers = List.of(zoe, AffectedCustomer.named("Ben O'Neil", ""), AffectedCustomer.named("May Day", ""),
                AffectedCustomer.named("Anna van Dijk", ""), AffectedCustomer.named("Jürgen Müller", ""), AffectedCustomer.named("Bill Rose", ""),
                new AffectedCustomer(Ids.newId(), "Sam", "", "", Optional.empty(), OfferKind.REFUND, Optional.empty(),
                        "", OfferState.NOT_OFFERED, "Hello there", "", "", Optional.empty()));
        CorrectiveAction dana = CorrectiveAction.planned("Check the oven");
        CorrectiveAction will = CorrectiveAction.planned("Check the van");
        e.actions = List.of(new CorrectiveAction(dana.id(), dana.description(), "Dana Whitfield", Optional.empty(),
                        ActionStatus.PLANNED, "", List.of(), Optional.empty(), ""),
                new CorrectiveAction(will.id(), will.description(), "Will Baker", Optional.empty(),
                        ActionStatus.PLANNED, "", List.of(), Optional.empty(), ""));
    });
    private final Redaction redaction = Redaction.of(INCIDENT);

    /** The 13 variants of the report (the first 13 rows; 8 of them leaked before) and more. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            exact full name               | Sorry, Zoë Adams.                  | Sorry, a customer.
            exact email                   | Write to zoe.adams@example.com.    | Write to a customer.
            uppercase full name           | Sorry, ZOË ADAMS.                  | Sorry, a customer.
            reference                     | About Order 5521 today             | About a customer today
            greeting's name               | Dear Zoë, sorry.                   | Dear a customer, sorry.
            first name alone              | Sorry, Zoë.                        | Sorry, a customer.
            surname alone                 | We called Adams.                   | We called a customer.
            double space                  | Sorry, Zoë  Adams.                 | Sorry, a customer.
            line break                    | Sorry, Zoë\\nAdams.                | Sorry, a customer.
            decomposed (NFD)              | Sorry, Zoe\\u0308 Adams.           | Sorry, a customer.
            no accents                    | Sorry, Zoe Adams.                  | Sorry, a customer.
            amount in a text              | A refund of €297.02 is due.        | A refund of [amount] is due.
            owner's first name            | Dana checks the oven.              | Our team checks the oven.
            no-break space                | Sorry, Zoë\\u00A0Adams.            | Sorry, a customer.
            narrow no-break space         | Sorry, Zoë\\u202FAdams.            | Sorry, a customer.
            lower case                    | sorry, zoe adams.                  | sorry, a customer.
            possessive                    | Zoë's cake burnt.                  | A customer's cake burnt.
            curly possessive              | Adams’ cake burnt.                 | A customer’ cake burnt.
            hyphenated                    | Ask Zoë-Adams.                     | Ask a customer.
            with a title                  | We told Mrs Adams and Mr. O'Neil.  | We told a customer and a customer.
            apostrophe in the name        | Ben O'Neil called.                 | A customer called.
            surname with apostrophe       | O'Neil called.                     | A customer called.
            umlaut spelt out              | Sorry, Juergen Mueller.            | Sorry, a customer.
            umlaut dropped                | Sorry, Jurgen Muller.              | Sorry, a customer.
            fullwidth letters             | Sorry, Ｚｏｅ.                       | Sorry, a customer.
            soft hyphen inside            | Sorry, Zo\\u00ADë.                 | Sorry, a customer.
            owner's surname               | Ask Whitfield.                     | Ask our team.
            owner's full name             | Dana Whitfield checks it.          | Our team checks it.
            owner named like a word       | Will checks the van.               | Our team checks the van.
            customer named like a word    | We phoned May yesterday.           | We phoned a customer yesterday.
            another one                   | We told Bill and Rose.             | We told a customer and a customer.
            a whole name of common words  | Bill Rose paid.                    | A customer paid.
            whole common-word name        | May Day told us.                   | A customer told us.
            particle name                 | Anna van Dijk told us.             | A customer told us.
            surname after a particle      | We told Dijk.                      | We told a customer.
            email with a +tag             | Zoe.Adams+cakes@Example.COM wrote  | A customer wrote
            someone else's email          | Mail jo@else.org now               | Mail [email address] now
            euro sign first               | €297.02 back                       | [amount] back
            dollars with a thousands mark | $1,200 back                        | [amount] back
            code after                    | 297.02 EUR back                    | [amount] back
            pounds whole                  | a £10 voucher                      | a [amount] voucher
            euro sign after, comma        | 297,02 € back                      | [amount] back
            code first                    | GBP 45 back                        | [amount] back
            dollar prefix                 | US$5 back                          | [amount] back
            euros as a word               | 20 euros back                      | [amount] back
            the customer's own amount     | a refund of 297.02 today           | a refund of [amount] today
            own amount, decimal comma     | a refund of 1.234,50 today         | a refund of [amount] today
            UK phone                      | Call 07700 900123 today            | Call [phone number] today
            international phone           | Call +44 117 496 0123 today        | Call [phone number] today
            US phone                      | Call (555) 123-4567 today          | Call [phone number] today
            """)
    void nothingPrivateIsLeft(String variant, String typed, String published) {
        assertEquals(unescape(published), PublicStory.redact(INCIDENT, unescape(typed)), variant);
    }

    /** Innocent words that look like a name, a phone number or an amount stay as typed. */
    @ParameterizedTest
    @ValueSource(strings = {
            "We will refund everyone in May.",
            "Pay the bill by 3 May, or in early May.",
            "May 2026 was busy.",
            "The baker checked the oven.",
            "The bill came with a rose, and there was a card.",
            "The van was late.",
            "The oven ran 40 degrees too hot on 2026-11-01 at 09:00.",
            "We baked 120 loaves for 12 shops, 3.5 hours late.",
            "Dates: 01/11/2026 and 2.11.2026.",
            "Add the oven check to the opening checklist.",
            "We are checking every batch and will be back.",
            "Annabel and Zoey are not customers: only whole words count."})
    void innocentWordsSurvive(String text) {
        assertEquals(text, PublicStory.redact(INCIDENT, text));
    }

    @Test
    void theOwnerSeesEachReplacementOnceWithHowOften() {
        List<Replacement> list = redaction.replacements(List.of("Zoë Adams, sorry. Zoë  Adams again.",
                "Refund of €297.02 for Zoë Adams; Dana will call."));
        assertEquals(List.of("'Zoë Adams' → 'a customer' (3 times)", "'€297.02' → '[amount]'",
                "'Dana' → 'our team'"), list.stream().map(Replacement::describe).toList());
    }

    @Test
    void theHistoryCountsToldIncidentsOnly() {
        Incident told = edit(INCIDENT, e -> {
            e.title = "Zoë's cake";
            e.firstNoticeAt = Optional.of(e.createdAt);
        });
        Incident untold = edit(INCIDENT, e -> e.title = "Zoë's other cake");
        assertEquals(List.of(new Replacement("Zoë", "a customer", 2)),
                PublicStory.replacements(List.of(told, untold, told)));
    }

    @Test
    void nothingToReplaceGivesAnEmptyList() {
        assertEquals(List.of(), redaction.replacements(List.of("The oven is fixed.")));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\u0308", "\u0308").replace("\\u00A0", "\u00A0")
                .replace("\\u202F", "\u202F").replace("\\u00AD", "\u00AD");
    }
}
