package app.makegood.service;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.OutboxMessage;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.store.JdbcProfileRepository;
import app.makegood.store.JdbcSettingsRepository;
import app.makegood.store.LetterLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The services the window and the command line share write from what is stored, with the clock they are given. */
class ApplicationServicesTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));
    private static final Exporters EXPORTERS = new Exporters(CLOCK, Locale.UK);
    private static final AmendsDefaults EURO_FIGURES = new AmendsDefaults("EUR", new FutureValueInputs(
            new BigDecimal("40.00"), new BigDecimal("6"), new BigDecimal("3"), new BigDecimal("0.25")));

    @TempDir
    Path dir;

    @Test
    void businessFiguresFallBackToTheCurrencyOfTheUsersCountryUntilTheOwnerSetsOne() {
        try (Database db = Database.open(dir)) {
            BusinessFigures figures = new BusinessFigures(new JdbcSettingsRepository(db), Locale.UK);
            assertEquals(BusinessFigures.unread(Locale.UK), figures.load());
            assertEquals("GBP", figures.load().currency());
            assertEquals("JPY", BusinessFigures.unread(Locale.JAPAN).currency());

            figures.save(EURO_FIGURES);
            assertEquals(EURO_FIGURES, new BusinessFigures(new JdbcSettingsRepository(db), Locale.JAPAN).load());
        }
    }

    @Test
    void aPostmortemIsWrittenWithTheStoredFiguresLettersAndTheClocksDay() throws Exception {
        Incident incident = rich("Burnt cakes", NOW);
        try (Database db = Database.open(dir)) {
            new JdbcIncidentRepository(db).save(incident);
            new BusinessFigures(new JdbcSettingsRepository(db), Locale.UK).save(EURO_FIGURES);
            LetterLog log = new JdbcLetterLog(db);
            AffectedCustomer anna = incident.customers().get(0);
            LetterRecord letter = new LetterHistory(log, CLOCK).written(incident.id(), anna, LetterKind.APOLOGY,
                    LetterFormat.PDF, "/letters/anna.pdf");
            Path file = dir.resolve("postmortem.md");

            new Postmortems(EXPORTERS, new BusinessFigures(new JdbcSettingsRepository(db), Locale.UK),
                    new JdbcProfileRepository(db), log).write(incident, Postmortems.Format.MARKDOWN, file);

            assertEquals(EXPORTERS.postmortemMarkdown().render(incident, List.of(letter), EURO_FIGURES,
                    LocalDate.of(2026, 11, 20)), Files.readString(file));
        }
    }

    @Test
    void aPublicPageIsSignedWithTheStoredProfile() throws Exception {
        Incident incident = rich("Burnt cakes", NOW);
        BusinessProfile bakery = new BusinessProfile("Crumb & Co", "1 Mill Lane", "", "hello@crumb.example", "",
                null, "Dana", "Owner", "", null);
        try (Database db = Database.open(dir)) {
            new JdbcProfileRepository(db).save(bakery);
            Path file = dir.resolve("page.html");

            new PublicPages(EXPORTERS, new JdbcProfileRepository(db), new JdbcIncidentRepository(db))
                    .write(incident, PublicPages.Format.HTML, file);

            assertEquals(EXPORTERS.publicPage().html(incident, bakery), Files.readString(file));
        }
    }

    @Test
    void lettersAreRecordedAtTheClocksTime() {
        try (Database db = Database.open(dir)) {
            Incident incident = rich("Burnt cakes", NOW);
            new JdbcIncidentRepository(db).save(incident);
            LetterLog log = new JdbcLetterLog(db);
            LetterHistory history = new LetterHistory(log, CLOCK);
            AffectedCustomer anna = incident.customers().get(0);
            LetterRecord written = history.written(incident.id(), anna, LetterKind.APOLOGY, LetterFormat.EML,
                    "/out/anna.eml");
            LetterRecord mailed = history.mailed(OutboxMessage.queued(incident.id(), anna.id(), anna.name(),
                    LetterKind.FOLLOW_UP, anna.email(), "Your cake", new byte[0], NOW.minusSeconds(60)));

            assertEquals(Set.of(written, mailed), Set.copyOf(log.forIncident(incident.id())));
            assertEquals(NOW, written.at());
            assertEquals(NOW, mailed.at());
            assertEquals(LetterFormat.MAIL, mailed.format());
            assertEquals(anna.email(), mailed.file());
        }
    }
}
