package app.makegood.domain;

import app.makegood.domain.FutureValueInputs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Incidents for storage and export tests; {@link #rich} fills every field with a distinct value. */
public final class SampleIncidents {
    private SampleIncidents() {
    }

    /** Every field set, several children of each kind, nanosecond times, money with two decimals and evidence files. */
    public static Incident rich(String title, Instant createdAt) {
        AffectedCustomer anna = new AffectedCustomer(Ids.newId(), "Anna Müller", "anna@example.com",
                "A birthday cake for Saturday", Optional.of(new BigDecimal("48.50")), OfferKind.REPLACEMENT,
                Optional.of(new BigDecimal("12.00")), "Free delivery on the new cake", OfferState.ACCEPTED,
                "Dear Anna", "Order 1042", "Prefers phone calls", Optional.of(new FutureValueInputs(
                        new BigDecimal("35.00"), new BigDecimal("12"), new BigDecimal("2.5"), new BigDecimal("0.40"))));
        AffectedCustomer ben = new AffectedCustomer(Ids.newId(), "Ben O'Neil", "", "Two loaves",
                Optional.empty(), OfferKind.CREDIT, Optional.empty(), "", OfferState.NOT_OFFERED, "", "", "", null);
        AffectedCustomer chloé = new AffectedCustomer(Ids.newId(), "Chloé", "chloe@example.org", "",
                Optional.of(new BigDecimal("1234567.89")), OfferKind.REFUND, Optional.of(new BigDecimal("0.01")),
                "€ back", OfferState.DECLINED, "Chère Chloé", "Booking B-7", "", Optional.empty())
                .withPeriods(PricePeriod.YEARLY, PricePeriod.WEEKLY, 3);
        CorrectiveAction thermometer = new CorrectiveAction(Ids.newId(), "Calibrate the oven thermometer weekly",
                "Dana", Optional.of(LocalDate.of(2026, 11, 20)), ActionStatus.IN_PROGRESS, "Log sheet on the wall",
                List.of(attachment("log.pdf", "%PDF-1.4 log"), attachment("photo.jpg", "\u00ff\u00d8 jpeg")),
                Optional.empty(), "").withKind(ActionType.DETECT, Optional.of(ActionPriority.HIGH))
                .withEvidenceForCustomers(true);
        CorrectiveAction checklist = new CorrectiveAction(Ids.newId(), "Add the oven check to the opening checklist",
                "Eli", Optional.of(LocalDate.of(2026, 11, 10)), ActionStatus.DONE, "", List.of(),
                Optional.of(LocalDate.of(2026, 11, 9)), "").withKind(ActionType.PROCESS, Optional.of(ActionPriority.LOW));
        CorrectiveAction supplier = new CorrectiveAction(Ids.newId(), "Ask the supplier for a spare sensor",
                "", Optional.empty(), ActionStatus.DROPPED, "",
                List.of(attachment("empty.txt", "")), Optional.empty(), "The sensor is no longer made.")
                .withKind(ActionType.MITIGATE, Optional.empty());
        return new Incident(Ids.newId(), title, Category.QUALITY_DEFECT, Severity.SEVERE, IncidentStatus.FIXED,
                Optional.of(Instant.parse("2026-11-01T06:30:00.123456789Z")),
                Optional.of(Instant.parse("2026-11-01T07:00:00Z")), Discoverer.CUSTOMER,
                Optional.of(Instant.parse("2026-11-01T08:15:30.5Z")),
                "We burnt your cake, and we are sorry.", "Thank you for telling us straight away.",
                "The oven ran 40 degrees too hot.\nWe are checking every batch.",
                List.of(new StatusUpdate(Ids.newId(), Instant.parse("2026-11-01T09:00:00.000001Z"), "Oven off.", true,
                                "website"),
                        new StatusUpdate(Ids.newId(), Instant.parse("2026-11-02T09:00:00Z"), "New sensor fitted.", false)),
                List.of(anna, ben, chloé),
                "Cakes came out burnt",
                List.of(new WhyStep("Why were the cakes burnt?", "The oven was too hot.", false),
                        new WhyStep("Why was it too hot?", "The thermostat sensor failed.", false),
                        new WhyStep("Why did nobody notice?", "Nobody checks the temperature.", true)),
                List.of(thermometer, checklist, supplier),
                Optional.of(LocalDate.of(2026, 11, 15)),
                createdAt,
                List.of("MINIMISING:only", "JARGON:going forward"),
                Optional.of(Instant.parse("2026-11-01T11:00:00.25Z")), Optional.of(NoticeChannel.PHONE))
                .withPostmortemNotes(richNotes())
                .withMilestones(new Milestones(Optional.of(Instant.parse("2026-11-01T10:45:00Z")),
                        Optional.of(Instant.parse("2026-11-09T16:00:00.5Z")), Set.of(Moment.STARTED, Moment.RESTORED),
                        Optional.of(ZoneId.of("Europe/Berlin"))))
                .withPublicText("A faulty oven sensor burnt a morning's cakes.\nEvery batch is now checked.");
    }

    /** Postmortem notes with every section filled, a factor with whys of its own and one without. */
    public static PostmortemNotes richNotes() {
        return new PostmortemNotes("The oven was switched to fan mode for the first time.\nNobody knew it runs hotter.",
                List.of(new ContributingFactor("The new baker had no handover",
                                List.of(new WhyStep("Why no handover?", "The rota had no overlap that week.", false),
                                        new WhyStep("Why no overlap?", "Two people were on holiday.", true))),
                        new ContributingFactor("Saturday rush", List.of())),
                "Every cake of the morning batch went out burnt; the café ran out of cakes by noon.",
                Optional.of(1200L), Optional.of(new BigDecimal("250.75")),
                "Customers told us within minutes.", "The oven had no alarm.", "The fire door was open.",
                "Write down how each oven mode behaves.\nCheck the first batch of a new setting.",
                List.of(new SupportingLink("Oven manual", "https://example.com/oven-manual.pdf?page=12&lang=en"),
                        new SupportingLink("", "http://example.org/photos")));
    }

    /** A valid incident with only the required fields and a title. */
    public static Incident minimal(String title, Instant createdAt) {
        return new Incident(Ids.newId(), title, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, createdAt, null);
    }

    public static Attachment attachment(String name, String content) {
        return new Attachment(Ids.newId(), name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of {@code i} with the changes {@code change} makes to its fields. */
    public static Incident edit(Incident i, Consumer<Edit> change) {
        Edit e = new Edit(i);
        change.accept(e);
        return e.build();
    }

    /** The fields of an incident, open for tests to change before building a new one. */
    public static final class Edit {
        public String id;
        public String title;
        public Category category;
        public Severity severity;
        public IncidentStatus status;
        public Optional<Instant> happenedAt;
        public Optional<Instant> discoveredAt;
        public Discoverer discoveredBy;
        public Optional<Instant> firstNoticeAt;
        public String admit;
        public String thank;
        public String explain;
        public List<StatusUpdate> updates;
        public List<AffectedCustomer> customers;
        public String problem;
        public List<WhyStep> whys;
        public List<CorrectiveAction> actions;
        public Optional<LocalDate> followUpDue;
        public Instant createdAt;
        public List<String> dismissedFindings;
        public Optional<Instant> nextUpdateDue;
        public Optional<NoticeChannel> firstNoticeHow;
        public PostmortemNotes postmortemNotes;
        public Milestones milestones;
        public String publicText;

        private Edit(Incident i) {
            id = i.id();
            title = i.title();
            category = i.category();
            severity = i.severity();
            status = i.status();
            happenedAt = i.happenedAt();
            discoveredAt = i.discoveredAt();
            discoveredBy = i.discoveredBy();
            firstNoticeAt = i.firstNoticeAt();
            admit = i.admit();
            thank = i.thank();
            explain = i.explain();
            updates = i.updates();
            customers = i.customers();
            problem = i.problem();
            whys = i.whys();
            actions = i.actions();
            followUpDue = i.followUpDue();
            createdAt = i.createdAt();
            dismissedFindings = i.dismissedFindings();
            nextUpdateDue = i.nextUpdateDue();
            firstNoticeHow = i.firstNoticeHow();
            postmortemNotes = i.postmortemNotes();
            milestones = i.milestones();
            publicText = i.publicText();
        }

        private Incident build() {
            return new Incident(id, title, category, severity, status, happenedAt, discoveredAt, discoveredBy,
                    firstNoticeAt, admit, thank, explain, updates, customers, problem, whys, actions, followUpDue,
                    createdAt, dismissedFindings, nextUpdateDue, firstNoticeHow, postmortemNotes, milestones,
                    publicText);
        }
    }
}
