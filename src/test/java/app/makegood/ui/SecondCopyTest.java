package app.makegood.ui;

import app.makegood.store.OpenDatabaseMain;
import app.makegood.store.WakeUpCall;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second start on a data folder MakeGood already has open: the running window comes forward and the second copy
 * quietly quits; when nothing answers (the folder is held by something else), the owner is told plainly.
 */
class SecondCopyTest extends AppFlowTest {
    private Process holder;

    @AfterEach
    void releaseTheFolder() throws Exception {
        if (holder != null) {
            OpenDatabaseMain.release(holder);
        }
    }

    @Test
    void aRingBringsTheRunningWindowForward() throws Exception {
        driver.start(dataDir);
        Stage stage = (Stage) window(0);
        interact(() -> stage.setIconified(true));

        assertTrue(WakeUpCall.ring(dataDir, Duration.ofSeconds(10)));

        AppDriver.waitUntil(() -> !stage.isIconified() && stage.isShowing());
    }

    @Test
    void aSecondStartWakesTheCopyThatHasTheFolderAndQuits() throws Exception {
        holdTheFolderInAnotherProcess();
        AtomicInteger woken = new AtomicInteger();
        try (WakeUpCall ignored = WakeUpCall.answer(dataDir, woken::incrementAndGet)) { // the copy already running
            driver.launch(dataDir); // the second copy
            AppDriver.waitUntil(() -> ScriptedApp.QUITS.get() == 1);
        }
        assertEquals(1, woken.get());
        assertTrue(lookup(".alert").tryQuery().isEmpty(), "no message: the other window came forward");
    }

    @Test
    void aFolderHeldByNothingThatAnswersIsExplainedWithWaysOut() throws Exception {
        holdTheFolderInAnotherProcess();
        driver.launch(dataDir); // the second copy

        AppDriver.waitUntil(() -> lookup(".alert").tryQuery().isPresent());
        assertTrue(lookup(n -> n instanceof javafx.scene.control.Label l
                && l.getText().startsWith("MakeGood is already open on this data folder")).tryQuery().isPresent());
        clickOn("Quit");
        AppDriver.waitUntil(() -> ScriptedApp.QUITS.get() == 1);
    }

    private void holdTheFolderInAnotherProcess() throws Exception {
        holder = OpenDatabaseMain.holdInAnotherProcess(dataDir);
    }
}
