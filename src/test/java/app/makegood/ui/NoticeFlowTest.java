package app.makegood.ui;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Discoverer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.NoticeChannel;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.Severity;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** First notice is a fact the owner records: by phone, corrected later; a saved PDF only when it went out. */
@ExtendWith(ApplicationExtension.class)
class NoticeFlowTest extends FxRobot {
    @TempDir
    Path dataDir;
    private final AppDriver driver = new AppDriver(this);

    @AfterEach
    void stop() throws Exception {
        driver.stop();
    }

    @Test
    void theOwnerRecordsAPhoneCallAndCorrectsIt() throws Exception {
        // Minutes only: the dialog takes a time to the minute.
        Instant discovered = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
        Incident incident = SampleIncidents.edit(SampleIncidents.minimal("Fridge failed overnight", discovered), e -> {
            e.severity = Severity.SEVERE;
            e.discoveredAt = Optional.of(discovered);
            e.discoveredBy = Discoverer.US;
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
        driver.start(dataDir);
        driver.open("Fridge failed overnight");
        AppDriver.waitUntil(() -> lookup("#noticeClock").tryQuery().isPresent());

        // "Mark as Customers told" asks when and how, as the notice bar's "Customers told…" does.
        assertTrue(driver.visible("#customersTold").isVisible());
        clickOn("#advanceStatus");
        Instant called = discovered.plus(Duration.ofMinutes(40));
        answer(called, NoticeChannel.PHONE);
        AppDriver.waitUntil(() -> driver.text("#noticeClock").startsWith("\u2713 You told customers first"));
        assertEquals("\u2713 You told customers first, 40 min after you found out (by phone)",
                driver.text("#noticeClock"));
        assertEquals("Customers told", driver.text("#statusBadge"));

        clickOn("#changeNotice");
        Instant visited = discovered.plus(Duration.ofMinutes(55));
        answer(visited, NoticeChannel.IN_PERSON);
        AppDriver.waitUntil(() -> driver.text("#noticeClock").contains("(in person)"));
        assertEquals("\u2713 You told customers first, 55 min after you found out (in person)",
                driver.text("#noticeClock"));
        driver.waitForSaved();

        driver.stop();
        try (Database db = Database.open(dataDir)) {
            Incident stored = new JdbcIncidentRepository(db).find(incident.id()).orElseThrow();
            assertEquals(Optional.of(visited), stored.firstNoticeAt());
            assertEquals(Optional.of(NoticeChannel.IN_PERSON), stored.firstNoticeHow());
            assertEquals(IncidentStatus.CUSTOMERS_TOLD, stored.status());
        }
        driver.start(dataDir);
    }

    @Test
    void aSavedPdfTellsCustomersOnlyWhenTheOwnerSaysItWentOut() throws Exception {
        Instant discovered = Instant.now().minus(Duration.ofHours(1));
        Incident incident = SampleIncidents.edit(SampleIncidents.minimal("Order lost", discovered), e -> {
            e.discoveredAt = Optional.of(discovered);
            e.admit = "We lost your order, and we are sorry.";
            e.customers = List.of(AffectedCustomer.named("Zoë Martin", "zoe@example.com"));
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
        }
        driver.start(dataDir);
        driver.open("Order lost");
        AppDriver.waitUntil(() -> lookup("#noticeClock").tryQuery().isPresent());
        clickOn("#step-6");
        clickOn(driver.<Node>visible("#letterCustomers").lookup(".list-cell"));
        Button save = driver.visible("#savePdf");
        AppDriver.waitUntil(() -> !save.isDisabled());

        // To look at it: No, the default, leaves customers untold.
        driver.willPick(dataDir.resolve("look.pdf"));
        clickOn(save);
        AppDriver.waitUntil(() -> lookup("Has this gone to the customer?").tryQuery().isPresent());
        type(KeyCode.ENTER);
        AppDriver.waitUntil(() -> lookup("Has this gone to the customer?").tryQuery().isEmpty());
        assertEquals("Open", driver.text("#statusBadge"));
        assertTrue(driver.text("#noticeClock").endsWith("customers not told yet"), driver.text("#noticeClock"));

        // Printed and handed over: Yes.
        driver.willPick(dataDir.resolve("handed-over.pdf"));
        clickOn(save);
        AppDriver.waitUntil(() -> lookup("Has this gone to the customer?").tryQuery().isPresent());
        clickOn("Yes, it has gone");
        AppDriver.waitUntil(() -> driver.text("#noticeClock").endsWith("(by letter)"));
        assertEquals("Customers told", driver.text("#statusBadge"));
    }

    /** Fills the Customers told dialog with a time and how, then records it. */
    private void answer(Instant at, NoticeChannel how) throws Exception {
        AppDriver.waitUntil(() -> lookup("#toldHow").tryQuery().isPresent());
        ZonedDateTime local = at.atZone(ZoneId.systemDefault());
        DatePicker date = lookup("#toldDate").query();
        TextField time = lookup("#toldTime").query();
        ComboBox<NoticeChannel> channel = lookup("#toldHow").query();
        interact(() -> {
            date.setValue(local.toLocalDate());
            time.setText(local.format(DateTimeFormatter.ofPattern("HH:mm")));
            channel.setValue(how);
        });
        clickOn("Record");
    }
}
