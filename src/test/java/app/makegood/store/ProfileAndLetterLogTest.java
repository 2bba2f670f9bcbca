package app.makegood.store;

import app.makegood.domain.Incident;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.Logo;
import app.makegood.domain.letters.PaperSize;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileAndLetterLogTest extends WorkbookTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void aNewDatabaseHasAnEmptyProfile() {
        try (Database db = workbook()) {
            assertEquals(BusinessProfile.EMPTY, new JdbcProfileRepository(db).load());
        }
    }

    @Test
    void theProfileWithItsLogoSurvivesAReopen() {
        BusinessProfile profile = new BusinessProfile("Crumb & Co", "1 Mill Lane\nLeeds LS1 4AB", "0113 496 0000",
                "hello@crumb.example", "crumb.example", Optional.of(new Logo(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "image/png")),
                "Zoë Ward", "Owner", "With thanks,", PaperSize.US_LETTER);
        try (Database db = workbook()) {
            new JdbcProfileRepository(db).save(profile);
        }
        try (Database db = workbook()) {
            ProfileRepository profiles = new JdbcProfileRepository(db);
            assertEquals(profile, profiles.load());
            BusinessProfile withoutLogo = new BusinessProfile(profile.name(), "", "", "", "", Optional.empty(),
                    "", "", "", PaperSize.A4);
            profiles.save(withoutLogo);
            assertEquals(withoutLogo, profiles.load());
        }
    }

    @Test
    void lettersAreListedOldestFirstAndGoWithTheirIncident() {
        try (Database db = workbook()) {
            IncidentRepository incidents = new JdbcIncidentRepository(db);
            Incident incident = minimal("Oven", T0);
            incidents.save(incident);
            LetterLog log = new JdbcLetterLog(db);
            LetterRecord later = new LetterRecord("l2", incident.id(), "c1", "Zoë", LetterKind.FOLLOW_UP,
                    LetterFormat.MAIL, "zoe@example.com", T0.plusSeconds(60));
            LetterRecord first = new LetterRecord("l1", incident.id(), "c1", "Zoë", LetterKind.APOLOGY,
                    LetterFormat.PDF, "/tmp/Zoë.pdf", T0);
            log.record(later);
            log.record(first);
            assertEquals(List.of(first, later), log.forIncident(incident.id()));
            Incident other = minimal("Van", T0);
            incidents.save(other);
            LetterRecord van = new LetterRecord("l3", other.id(), "c2", "Sam", LetterKind.APOLOGY, LetterFormat.PDF,
                    "/tmp/Sam.pdf", T0.plusSeconds(30));
            log.record(van);
            assertEquals(Map.of(incident.id(), List.of(first, later), other.id(), List.of(van)), log.byIncident());

            incidents.delete(incident.id());
            assertEquals(List.of(), log.forIncident(incident.id()));
            assertEquals(Map.of(other.id(), List.of(van)), log.byIncident());
        }
    }
}
