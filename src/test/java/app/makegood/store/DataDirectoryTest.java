package app.makegood.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/ann");
    private static final String[] NO_ARGS = {};

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENV, "/from/env");
        assertEquals(Path.of("/from/option"),
                DataDirectory.resolve(new String[]{"list", "--data-dir", "/from/option"}, env, "Linux", HOME));
        assertEquals(Path.of("/from/env"), DataDirectory.resolve(NO_ARGS, env, "Linux", HOME));
        assertEquals(HOME.resolve(".local/share/makegood"),
                DataDirectory.resolve(NO_ARGS, Map.of(DataDirectory.ENV, " "), "Linux", HOME));
    }

    @Test
    void linuxFollowsXdgDataHomeWhenItIsAbsolute() {
        assertEquals(Path.of("/data/makegood"),
                DataDirectory.resolve(NO_ARGS, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME));
        assertEquals(HOME.resolve(".local/share/makegood"),
                DataDirectory.resolve(NO_ARGS, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME));
    }

    @Test
    void macAndWindowsUseTheirUsualPlaces() {
        assertEquals(HOME.resolve("Library/Application Support/MakeGood"),
                DataDirectory.resolve(NO_ARGS, Map.of(), "Mac OS X", HOME));
        assertEquals(Path.of("C:\\Users\\ann\\AppData\\Roaming").resolve("MakeGood"),
                DataDirectory.resolve(NO_ARGS, Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming"), "Windows 11", HOME));
        assertEquals(HOME.resolve("AppData/Roaming/MakeGood"), DataDirectory.resolve(NO_ARGS, Map.of(), "Windows 11", HOME));
    }

    @Test
    void optionWithoutFolderIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataDirectory.resolve(new String[]{"--data-dir"}, Map.of(), "Linux", HOME));
        assertEquals("--data-dir needs a folder, for example: --data-dir ~/makegood-test", e.getMessage());
    }

    @Test
    void withoutDataDirOptionLeavesTheOtherArguments() {
        assertArrayEquals(new String[]{"list", "--json"},
                DataDirectory.withoutDataDirOption(new String[]{"list", "--data-dir", "/x", "--json"}));
        assertArrayEquals(new String[]{"list"}, DataDirectory.withoutDataDirOption(new String[]{"list"}));
        assertArrayEquals(new String[]{}, DataDirectory.withoutDataDirOption(new String[]{"--data-dir"}));
    }
}
