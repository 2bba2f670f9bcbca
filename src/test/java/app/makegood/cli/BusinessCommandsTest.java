package app.makegood.cli;

import app.makegood.domain.Incident;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.Logo;
import app.makegood.domain.letters.PaperSize;
import app.makegood.service.BusinessFigures;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcProfileRepository;
import app.makegood.store.JdbcSettingsRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.edit;
import static app.makegood.domain.SampleIncidents.rich;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** makegood profile and makegood settings: a script can set up what the window's dialogs set, and sign letters. */
class BusinessCommandsTest {
    private static final BusinessProfile CRUMB = new BusinessProfile("Crumb & Co", "1 Mill Lane\nMilltown", "",
            "hello@crumb.example", "", Optional.empty(), "Dana Baker", "Owner", "", PaperSize.US_LETTER);

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aScriptSetsTheProfileAndItsLettersAreSigned() throws Exception {
        Incident cake = edit(rich("Burnt birthday cake", Instant.parse("2026-11-01T10:00:00Z")),
                e -> e.explain = "The oven ran 40 degrees too hot. We have replaced the oven sensor today at 9am.");
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(cake);
        }

        assertEquals(0, run("profile", "--name", "Crumb & Co", "--address", "1 Mill Lane\\nMilltown",
                "--email", " hello@crumb.example ", "--signer", "Dana Baker", "--role", "Owner", "--paper", "letter"),
                err());

        assertEquals(CRUMB, storedProfile(), "saved where the window reads it");
        assertEquals("""
                name             Crumb & Co
                address          1 Mill Lane
                                 Milltown
                phone           \s
                email            hello@crumb.example
                website         \s
                signer           Dana Baker
                role             Owner
                sign-off        \s
                paper            letter
                """, out());

        out.reset();
        err.reset();
        Path folder = dataDir.resolve("letters");
        assertEquals(0, run("letters", "--incident", cake.id(), "--kind", "apology", "--format", "pdf",
                "--out", folder.toString(), "--force"), err());
        assertFalse(err().contains("not signed"), err());
        String anna = out().lines().filter(p -> p.contains("Anna")).findFirst().orElseThrow();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(Path.of(anna)))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Dana Baker") && text.contains("Crumb & Co"), text);
        }
    }

    @Test
    void emailDraftsWithoutABusinessEmailSayWhichCommandAddsIt() {
        Incident cake = rich("Burnt birthday cake", Instant.parse("2026-11-01T10:00:00Z"));
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(cake);
        }
        assertEquals(0, run("profile", "--name", "Crumb & Co", "--signer", "Dana Baker"), err());
        err.reset();
        Path folder = dataDir.resolve("drafts");
        assertEquals(1, run("letters", "--incident", cake.id(), "--kind", "apology", "--format", "eml",
                "--out", folder.toString(), "--force"));
        assertTrue(err().contains("makegood profile --email"), err());
        assertFalse(Files.exists(folder), "nothing written");
    }

    @Test
    void changingOneFieldKeepsTheOthersAndTheLogo() {
        Logo logo = new Logo(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
        try (Database db = Database.open(dataDir)) {
            new JdbcProfileRepository(db).save(new BusinessProfile("Crumb & Co", "", "", "", "", Optional.of(logo),
                    "Dana Baker", "", "", PaperSize.A4));
        }
        assertEquals(0, run("profile", "--phone", "+44 1234 567890"), err());
        BusinessProfile stored = storedProfile();
        assertEquals("Crumb & Co", stored.name());
        assertEquals("Dana Baker", stored.signerName());
        assertEquals("+44 1234 567890", stored.phone());
        assertTrue(stored.logo().isPresent(), "the logo is set in the window and kept here");
        assertTrue(Arrays.equals(logo.bytes(), stored.logo().get().bytes()));
    }

    @Test
    void aProfileTheWindowWouldRefuseIsRefusedAndNothingChanges() {
        assertEquals(1, run("profile", "--signer", "Dana"));
        assertTrue(err().contains("--name is needed"), err());
        assertEquals(BusinessProfile.EMPTY, storedProfile());

        run("profile", "--name", "Crumb & Co");
        err.reset();
        assertEquals(1, run("profile", "--email", "hello@crumb", "--paper", "A5"));
        assertTrue(err().contains("--email \"hello@crumb\" is not an email address."), err());
        assertTrue(err().contains("--paper is a4 or letter, not \"A5\"."), err());
        assertEquals("", storedProfile().email());

        assertEquals(1, run("profile", "--colour", "red"));
        assertTrue(err().contains("Unexpected or repeated option: --colour"), err());
    }

    @Test
    void settingsShowAndChangeTheBusinessFiguresTheWindowUses() {
        assertEquals(0, run("settings", "--currency", "eur", "--order-value", "40", "--orders-per-year", "6",
                "--margin", "25"), err());
        assertEquals(new AmendsDefaults("EUR", new FutureValueInputs(new BigDecimal("40.00"), new BigDecimal("6.00"),
                BigDecimal.ONE, new BigDecimal("0.25"))), storedFigures());
        assertEquals("""
                currency         EUR
                order-value      40
                orders-per-year  6
                years            1
                margin           25
                """, out());

        out.reset();
        assertEquals(0, run("settings"));
        assertTrue(out().startsWith("currency         EUR\n"), out());
    }

    @Test
    void figuresTheWindowWouldRefuseAreRefusedEachWithItsReason() {
        run("settings", "--currency", "GBP");
        err.reset();
        assertEquals(1, run("settings", "--currency", "Pounds", "--margin", "130", "--years", "two"));
        assertEquals("The business figures were not changed: --currency \"Pounds\" is not a currency code such as"
                + " EUR, GBP or USD. --margin \"130\" is not a percentage from 0 to 100. --years \"two\" is not a"
                + " number of at most two decimals, such as 12.50.\n", err());
        assertEquals("GBP", storedFigures().currency());
    }

    @Test
    void helpNamesBothCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("profile [--name TEXT]"), out());
        assertTrue(out().contains("settings [--currency CODE]"), out());
    }

    private BusinessProfile storedProfile() {
        try (Database db = Database.open(dataDir)) {
            return new JdbcProfileRepository(db).load();
        }
    }

    private AmendsDefaults storedFigures() {
        try (Database db = Database.open(dataDir)) {
            return new BusinessFigures(new JdbcSettingsRepository(db), Locale.JAPAN).load();
        }
    }

    private int run(String... args) {
        return CommandLine.run(args, dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
