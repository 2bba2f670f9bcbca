package app.makegood.cli;

import app.makegood.domain.ActionStatus;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Category;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Discoverer;
import app.makegood.domain.FiveWhys;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.OfferKind;
import app.makegood.domain.OfferState;
import app.makegood.domain.Severity;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.WhyStep;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Made-up but realistic incidents for trying MakeGood at scale (the {@code seed} command, the benchmark).
 * The same seed and clock give the same incidents, ids included, so two runs measure the same data.
 */
public final class IncidentGenerator {
    public static final long DEFAULT_SEED = 20261123L;
    private static final Duration SPAN = Duration.ofDays(730);

    private static final String[] PRODUCTS = {"birthday cake", "wedding flowers", "oak table", "laptop repair",
        "winter coat", "gift hamper", "catering order", "bike service", "sofa", "printer ink", "school uniform",
        "coffee beans", "garden furniture", "spectacles", "boiler service", "concert tickets"};
    private static final String[][] TITLES = {
        {"Booking site down for %s orders", "Card payments failed for %s"},
        {"Wrong %s sent", "%s mixed up between two customers"},
        {"%s delivered late", "Courier missed the %s delivery slot"},
        {"Charged twice for %s", "Wrong price on the %s invoice"},
        {"Damaged %s", "%s not up to our standard"},
        {"%s receipts emailed to the wrong customer", "Customer list for %s shared by mistake"},
        {"Rude reply about a %s complaint", "%s complaint ignored for a week"},
        {"Shop closed without notice for %s pick-ups", "%s voucher not honoured"}};
    private static final String[] FIRST = {"Zoë", "Jürgen", "Łukasz", "Søren", "Siobhán", "François", "José",
        "Ana", "Renée", "Björn", "Agnieszka", "Çağla", "Mei", "Oluwaseun", "Priya", "Tom", "Sarah", "Dmitri",
        "Νίκος", "Ольга", "Hélène", "Mårten", "Aoife", "Grace"};
    private static final String[] LAST = {"Müller", "Wójcik", "Ødegaard", "Núñez", "Dvořák", "O'Brien", "Smith",
        "Chen", "Okafor", "Nakamura", "Çelik", "García", "Lefèvre", "Brown", "Patel", "Papadopoulos", "Иванова",
        "Kowalski", "Jensen", "Murphy"};
    private static final String[] WHY_ANSWERS = {"The order was packed from the wrong shelf.",
        "Two products have labels that look the same.", "The labels are written by hand.",
        "Nobody owns the labelling.", "We never wrote the packing steps down.",
        "The courier was booked for the wrong day.", "Bookings are copied by hand from email.",
        "The shop system does not send orders to the courier.", "The till was set up in a hurry.",
        "Staff were not trained on the new till.", "The rota leaves one person alone on Saturdays.",
        "Checks are skipped when the shop is busy."};
    private static final String[] ACTIONS = {"Print labels from the order system", "Write the packing checklist",
        "Book couriers straight from the shop system", "Train Saturday staff on the till",
        "Second person checks orders over £200", "Weekly review of open complaints",
        "Reply to every complaint within one working day", "Check invoices before they are sent"};
    private static final String[] OWNERS = {"Sam", "Alex", "Maria", "Kai", "Noor"};

    private final Random random;
    private final Instant now;

    public IncidentGenerator(long seed, Clock clock) {
        this.random = new Random(seed);
        this.now = clock.instant();
    }

    /** The next {@code count} incidents, opened at random times over the two years before the clock's now. */
    public List<Incident> next(int count) {
        List<Incident> incidents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            incidents.add(incident());
        }
        return incidents;
    }

    /** {@code count} customers with names from many languages, for one incident that hit many people. */
    public List<AffectedCustomer> customers(int count) {
        List<AffectedCustomer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(customer());
        }
        return customers;
    }

    private Incident incident() {
        Category category = pick(Category.values());
        String product = pick(PRODUCTS);
        String title = String.format(Locale.ROOT, pick(TITLES[category.ordinal()]), product);
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1)
                + (random.nextInt(3) == 0 ? " (order " + (10_000 + random.nextInt(90_000)) + ")" : "");
        Instant opened = now.minusSeconds((long) (random.nextDouble() * SPAN.toSeconds()));
        Instant happened = opened.minus(Duration.ofMinutes(random.nextInt(72 * 60)));
        IncidentStatus status = status(Duration.between(opened, now));
        boolean told = status.compareTo(IncidentStatus.CUSTOMERS_TOLD) >= 0;
        Optional<LocalDate> followUp = told && status != IncidentStatus.CLOSED
                ? Optional.of(LocalDate.ofInstant(opened, ZoneOffset.UTC).plusDays(14)) : Optional.empty();
        return new Incident(id(), title, category, pick(Severity.values()), status,
                Optional.of(happened), Optional.of(opened), pick(Discoverer.values()),
                told ? Optional.of(opened.plus(Duration.ofHours(1 + random.nextInt(48)))) : Optional.empty(),
                "We got your " + product + " wrong, and that is our fault. I am sorry.",
                "Thank you for telling us straight away: it meant we could put it right for others too.",
                "Here is what happened with your " + product + " and what we are changing so it does not happen again.",
                updates(opened, told), customers(1 + random.nextInt(5)), title + ".", whys(title + "."),
                actions(opened), followUp, opened, List.of());
    }

    /** Older incidents are more likely to be finished, as in a real workbook. */
    private IncidentStatus status(Duration age) {
        IncidentStatus[] all = IncidentStatus.values();
        int furthest = (int) Math.min(all.length - 1, age.toDays() / 30);
        return all[random.nextInt(furthest + 1)];
    }

    private AffectedCustomer customer() {
        String first = pick(FIRST);
        String last = pick(LAST);
        OfferKind offer = pick(OfferKind.values());
        Optional<BigDecimal> amount = offer == OfferKind.REFUND || offer == OfferKind.CREDIT
                ? Optional.of(BigDecimal.valueOf(500 + random.nextInt(20_000), 2)) : Optional.empty();
        Optional<BigDecimal> expectedValue = Optional.of(BigDecimal.valueOf(1_000 + random.nextInt(50_000), 2));
        return new AffectedCustomer(id(), first + " " + last, email(first, last),
                "Their order on time and as described", expectedValue, offer, amount, "", pick(OfferState.values()),
                "", "", "", Optional.empty());
    }

    /** Plain ASCII local part, as most real addresses are: "Zoë Müller" becomes zoe.muller. */
    private String email(String first, String last) {
        String local = (ascii(first) + "." + ascii(last)).replaceAll("^\\.|\\.$", "");
        return (local.isEmpty() ? "customer" : local) + random.nextInt(100) + "@example.org";
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private List<StatusUpdate> updates(Instant opened, boolean told) {
        List<StatusUpdate> updates = new ArrayList<>();
        for (int n = told ? random.nextInt(3) : 0; n > 0; n--) {
            updates.add(new StatusUpdate(id(), opened.plus(Duration.ofDays(n)),
                    "We are still on it: the replacement is on its way and we will write again on Friday.", true));
        }
        return updates;
    }

    private List<WhyStep> whys(String problem) {
        List<WhyStep> whys = new ArrayList<>();
        String previous = problem;
        int depth = 3 + random.nextInt(3);
        for (int i = 0; i < depth; i++) {
            String answer = pick(WHY_ANSWERS);
            whys.add(new WhyStep(FiveWhys.suggestedQuestion(previous), answer, i == depth - 1));
            previous = answer;
        }
        return whys;
    }

    private List<CorrectiveAction> actions(Instant opened) {
        List<CorrectiveAction> actions = new ArrayList<>();
        LocalDate start = LocalDate.ofInstant(opened, ZoneOffset.UTC);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            ActionStatus status = pick(ActionStatus.values());
            LocalDate due = start.plusDays(7 + random.nextInt(60));
            actions.add(new CorrectiveAction(id(), pick(ACTIONS), pick(OWNERS), Optional.of(due), status,
                    status == ActionStatus.DONE ? "Checked on the next ten orders." : "", List.of(),
                    status == ActionStatus.DONE ? Optional.of(due.minusDays(2)) : Optional.empty(),
                    status == ActionStatus.DROPPED ? "Replaced by a better fix." : ""));
        }
        return actions;
    }

    /** A random (version 4) UUID like Ids.newId(), but drawn from the seeded generator so runs repeat. */
    private String id() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
