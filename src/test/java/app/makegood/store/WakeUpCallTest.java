package app.makegood.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WakeUpCallTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    @Test
    void theRunningCopyAnswersEachRing() throws InterruptedException {
        AtomicInteger woken = new AtomicInteger();
        try (WakeUpCall ignored = WakeUpCall.answer(dataDir, woken::incrementAndGet)) {
            assertTrue(WakeUpCall.ring(dataDir, PATIENCE));
            assertTrue(WakeUpCall.ring(dataDir, PATIENCE));
        }
        assertEquals(2, woken.get());
        assertFalse(Files.exists(dataDir.resolve(WakeUpCall.REQUEST)));
    }

    @Test
    void aRingNobodyAnswersTimesOutAndIsTakenBack() throws InterruptedException {
        AtomicInteger woken = new AtomicInteger();
        WakeUpCall.answer(dataDir, woken::incrementAndGet).close();

        assertFalse(WakeUpCall.ring(dataDir, Duration.ofMillis(600)));

        assertFalse(Files.exists(dataDir.resolve(WakeUpCall.REQUEST)));
        assertEquals(0, woken.get());
    }
}
