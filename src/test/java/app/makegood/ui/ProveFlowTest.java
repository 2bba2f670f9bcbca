package app.makegood.ui;

import app.makegood.export.letter.Pdfs;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner proves a fix: five whys, an action with a photo as evidence, done, and the postmortem exported. */
class ProveFlowTest extends AppFlowTest {
    @TempDir
    Path files;

    @Test
    void whysAnActionWithEvidenceAndThePostmortem() throws Exception {
        Path photo = Files.write(files.resolve("checklist-photo.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        driver.start(dataDir);
        clickOn("#emptyNew");
        AppDriver.waitUntil(() -> lookup("#title").tryQuery().isPresent());
        clickOn("#title").write("Birthday order sent to the wrong address");
        clickOn("#step-5");

        write("The cake went to the wrong address.");
        String[] answers = {"The label had an old address", "Labels are printed from the first order",
            "The shop system keeps the first address", "Nobody checked the address on repeat orders",
            "Our packing checklist has no address step"};
        for (int i = 0; i < answers.length; i++) {
            clickOn("#why-answer-" + i).write(answers[i]);
        }
        type(KeyCode.TAB).type(KeyCode.SPACE); // Tab moves from the last answer to its "root cause" choice
        driver.tabTo("addAction").type(KeyCode.SPACE).write("Add an address check to the packing checklist");
        driver.tabTo("actionOwner").write("Packing team");
        driver.tabTo("attachPath").write(photo.toString()).type(KeyCode.ENTER);
        ListView<?> attached = driver.visible("#attachments");
        AppDriver.waitUntil(() -> attached.getItems().size() == 1);
        assertEquals("", driver.text("#attachPath"), "the path is cleared once the file is attached");

        driver.choose("#actionStatus", "Done");
        driver.waitForSaved();

        // The follow-up letter is proposed once every action is done.
        AppDriver.waitUntil(() -> driver.visible("#followUpBanner").isVisible());

        Path markdown = files.resolve("postmortem.md");
        driver.willPick(markdown);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        AppDriver.waitUntil(() -> lookup("Saved postmortem.md.").tryQuery().isPresent());
        clickOn("Close");
        Path pdf = files.resolve("postmortem.pdf");
        driver.willPick(pdf);
        push(KeyCode.CONTROL, KeyCode.P);
        AppDriver.waitUntil(() -> lookup("Saved postmortem.pdf.").tryQuery().isPresent());
        clickOn("Close");
        for (String postmortem : List.of(Files.readString(markdown), Pdfs.flat(Files.readAllBytes(pdf)))) {
            for (String answer : answers) {
                assertTrue(postmortem.contains(answer), answer);
            }
            assertTrue(postmortem.contains("Add an address check to the packing checklist"), postmortem);
            assertTrue(postmortem.contains("checklist-photo.png"), "the evidence file is listed");
            assertTrue(postmortem.contains("Done"), postmortem);
        }
    }
}
