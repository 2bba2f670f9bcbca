package app.makegood.ui;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.mail.SmtpSecurity;
import app.makegood.export.mail.SmtpSettings;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcProfileRepository;
import app.makegood.store.JdbcSettingsRepository;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offline, a letter sent by email waits in the outbox with the reason; once the mail server answers, "Send now"
 * delivers it and it joins the incident's history.
 */
class OutboxFlowTest extends AppFlowTest {
    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void aLetterWaitsInTheOutboxUntilTheServerAnswers() throws Exception {
        Incident incident = SampleIncidents.edit(Incident.blank(Instant.now()), e -> {
            e.title = "Oven fault: Saturday's bread not baked";
            e.admit = "We could not bake your bread on Saturday.";
            e.customers = List.of(AffectedCustomer.named("Zoë Lambert", "zoe@example.com"));
        });
        try (Database db = Database.open(dataDir)) {
            new JdbcIncidentRepository(db).save(incident);
            new JdbcProfileRepository(db).save(new BusinessProfile("Crumb & Co", "", "", "hello@crumb.example", "",
                    Optional.empty(), "Sam", "", "", PaperSize.A4));
            new JdbcSettingsRepository(db).putAll(
                    new SmtpSettings("127.0.0.1", closedPort(), SmtpSecurity.NONE, "", Optional.empty()).toSettings());
        }
        driver.start(dataDir);
        driver.open("Oven fault: Saturday's bread not baked");
        AppDriver.waitUntil(() -> lookup("#step-6").tryQuery().isPresent());
        clickOn("#step-6");
        ImageView preview = driver.visible("#preview");
        AppDriver.waitUntil(() -> preview.getImage() != null);

        clickOn("#sendMail");
        AppDriver.waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String told = lookup(".dialog-pane").<DialogPane>query().getContentText();
        assertTrue(told.startsWith("No letter was sent.") && told.contains("refused"), told);
        clickOn("OK");
        assertTrue(driver.text("#previewStatus").contains("stays in the outbox"), driver.text("#previewStatus"));
        assertEquals(0, driver.<TableView<?>>visible("#history").getItems().size());

        clickOn("Edit").clickOn("Mail server\u2026");
        AppDriver.waitUntil(() -> lookup("#smtpPort").tryQuery().isPresent());
        doubleClickOn("#smtpPort").write(String.valueOf(mailServer.getSmtp().getPort()));
        clickOn("OK");

        clickOn("File").clickOn("Outbox\u2026");
        AppDriver.waitUntil(() -> lookup("#outboxTable").<TableView<?>>query().getItems().size() == 1);
        clickOn("Send now");
        AppDriver.waitUntil(() -> lookup("One letter was sent.").tryQuery().isPresent());
        clickOn("OK");
        AppDriver.waitUntil(() -> lookup("#outboxTable").<TableView<?>>query().getItems().isEmpty());
        assertEquals("One letter was sent.", lookup("#outboxStatus").<Label>query().getText());
        clickOn("Close");

        assertEquals(1, mailServer.getReceivedMessages().length);
        assertEquals(1, driver.<TableView<?>>visible("#history").getItems().size(), "the sent letter is in the history");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
