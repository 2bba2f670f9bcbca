package app.makegood.ui;

import app.makegood.export.letter.Pdfs;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner fills in the business profile, previews a letter, writes one for each of three customers, and sends
 * one by email through a mail server on this machine.
 */
class LettersFlowTest extends AppFlowTest {
    private static final List<String> CUSTOMERS = List.of("Zoë Müller", "Łukasz Nowak", "Ελένη Παπαδοπούλου");
    private static final List<String> EMAILS = List.of("zoe@example.com", "lukasz@example.com", "eleni@example.com");

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @TempDir
    Path out;

    @Test
    void profilePreviewAndALetterForEveryone() throws Exception {
        driver.start(dataDir);
        push(KeyCode.CONTROL, KeyCode.COMMA);
        AppDriver.waitUntil(() -> lookup("#profileName").tryQuery().isPresent());
        clickOn("#profileName").write("Crumb & Co Bakery");
        clickOn("#profileSignerName").write("Sam Baker");
        clickOn("#profileEmail").write("hello@crumb.example");
        clickOn("OK");

        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Online orders lost on Saturday");
        for (int i = 0; i < CUSTOMERS.size(); i++) {
            driver.tabTo("addCustomer").type(KeyCode.SPACE).write(CUSTOMERS.get(i));
            driver.tabTo("customerEmail").write(EMAILS.get(i));
        }
        clickOn("#nextButton");
        write("Your Saturday order never reached our kitchen <b>at all</b>, and we are sorry.");

        clickOn("#step-6");
        ImageView preview = driver.visible("#preview");
        AppDriver.waitUntil(() -> preview.getImage() != null || !driver.text("#previewStatus").isEmpty());
        assertTrue(driver.text("#previewStatus").startsWith("Preview"), driver.text("#previewStatus"));
        assertTrue(preview.getImage() != null);

        clickOn("#exportAll");
        AppDriver.waitUntil(() -> lookup("#batchFolder").tryQuery().isPresent());
        Path folder = out.resolve("letters");
        clickOn("#batchFolder").write(folder.toString());
        clickOn("#batchEml");
        clickOn("#batchWrite");
        try {
            AppDriver.waitUntil(() -> lookup("#batchStatus").<Label>query().getText().startsWith("Wrote 6 files"));
        } catch (AssertionError e) {
            throw new AssertionError(lookup("#batchStatus").<Label>query().getText(), e);
        }
        clickOn("Close");
        // Files written are not letters sent: the owner is asked, and No (the default) leaves customers untold.
        AppDriver.waitUntil(() -> lookup("Have these letters gone to the customers?").tryQuery().isPresent());
        type(KeyCode.ENTER);
        AppDriver.waitUntil(() -> lookup("Have these letters gone to the customers?").tryQuery().isEmpty());
        assertEquals("Open", driver.text("#statusBadge"));
        assertTrue(driver.text("#noticeClock").endsWith("customers not told yet"), driver.text("#noticeClock"));

        List<Path> pdfs = files(folder, ".pdf");
        assertEquals(3, pdfs.size(), pdfs.toString());
        assertEquals(3, files(folder, ".eml").size());
        StringBuilder all = new StringBuilder();
        for (Path pdf : pdfs) {
            all.append(Pdfs.text(Files.readAllBytes(pdf)));
        }
        for (String name : CUSTOMERS) {
            assertTrue(all.toString().contains(name), name + " in " + all);
        }
        assertTrue(all.toString().contains("<b>at all</b>"), "typed markup prints as typed");
        assertTrue(all.toString().contains("Crumb & Co Bakery"));
        assertEquals(6, driver.<TableView<?>>visible("#history").getItems().size());

        // The first customer's letter by email: the mail server is asked for on the first send.
        clickOn("#sendMail");
        AppDriver.waitUntil(() -> lookup("#smtpHost").tryQuery().isPresent());
        clickOn("#smtpHost").write("127.0.0.1");
        driver.choose("#smtpSecurity", "Plain (not encrypted)");
        doubleClickOn("#smtpPort").write(String.valueOf(mailServer.getSmtp().getPort()));
        clickOn("OK");
        AppDriver.waitUntil(() -> lookup("One letter was sent.").tryQuery().isPresent());
        clickOn("OK");
        MimeMessage[] received = mailServer.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals(EMAILS.get(0), ((InternetAddress) received[0].getAllRecipients()[0]).getAddress());
        assertEquals(7, driver.<TableView<?>>visible("#history").getItems().size());
        // Mail that went out is the first notice.
        assertEquals("Customers told", driver.text("#statusBadge"));
        assertTrue(driver.text("#noticeClock").endsWith("(by email)"), driver.text("#noticeClock"));
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
