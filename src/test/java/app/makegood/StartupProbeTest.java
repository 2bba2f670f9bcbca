package app.makegood;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupProbeTest {
    @Test
    void onlyTheProbeOptionsAskForAProbe() {
        assertTrue(StartupProbe.from(List.of("--data-dir", "x")).isEmpty());
        assertTrue(StartupProbe.from(List.of("--first-frame")).isPresent());
        assertTrue(StartupProbe.from(List.of("--data-dir", "x", "--ready")).isPresent());
    }

    @Test
    void probeOptionsStillOpenTheWindowRatherThanBeingTakenForACommand() {
        assertArrayEquals(new String[0], StartupProbe.withoutOptions(new String[] {"--first-frame"}));
        assertArrayEquals(new String[] {"list"}, StartupProbe.withoutOptions(new String[] {"--ready", "list"}));
    }
}
