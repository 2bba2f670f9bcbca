package app.makegood.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Exports into a folder that is gone, a disk that is full and a disk that is read-only: each is reported in plain
 * words and leaves the folder exactly as it was (no half-written file, no temporary file). The full and read-only
 * disks are real: small tmpfs mounts, which needs root (as CI runs).
 */
class AtomicFileTest {
    private static final byte[] ONE_MEGABYTE = new byte[1 << 20];

    @TempDir
    Path dir;

    @Test
    void aFolderThatIsGoneIsNamed() {
        Path target = dir.resolve("unplugged").resolve("letter.pdf");

        NotSavedException e = assertThrows(NotSavedException.class,
                () -> AtomicFile.write(target, out -> out.write(ONE_MEGABYTE)));

        assertEquals("MakeGood could not save letter.pdf: the folder " + target.getParent() + " does not exist."
                + " Nothing was written; choose another folder.", e.getMessage());
        assertTrue(Files.notExists(target.getParent()));
    }

    @Test
    void aFullDiskKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException, InterruptedException {
        Path disk = mount("size=256k");
        try {
            Path target = disk.resolve("letter.pdf");
            Files.writeString(target, "the letter sent yesterday");

            NotSavedException e = assertThrows(NotSavedException.class,
                    () -> AtomicFile.write(target, out -> out.write(ONE_MEGABYTE)));

            assertEquals("MakeGood could not save letter.pdf: the disk is full. Nothing was written; choose another"
                    + " folder or free some space.", e.getMessage());
            assertEquals("the disk is full", reasonOf(e));
            assertEquals("the letter sent yesterday", Files.readString(target));
            assertEquals(List.of("letter.pdf"), namesIn(disk));
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aReadOnlyDiskIsNamed() throws IOException, InterruptedException {
        Path disk = mount("size=256k,ro");
        try {
            NotSavedException e = assertThrows(NotSavedException.class,
                    () -> AtomicFile.write(disk.resolve("postmortem.md"), out -> out.write(1)));

            assertEquals("the disk holding " + disk + " is read-only", reasonOf(e));
            assertEquals(List.of(), namesIn(disk));
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aWritersOwnFailureComesOutAsItIsAndLeavesNothing() throws IOException {
        Path target = dir.resolve("letter.pdf");
        Files.writeString(target, "before");
        IOException broken = new IOException("the template broke");

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(ONE_MEGABYTE);
            throw broken;
        }));

        assertSame(broken, e);
        assertEquals("before", Files.readString(target));
        assertEquals(List.of("letter.pdf"), namesIn(dir));
    }

    @Test
    void aWrittenFileIsCompleteAndAlone() throws IOException {
        Path target = dir.resolve("letter.txt");
        AtomicFile.write(target, out -> out.write("Dear Zoë".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Dear Zoë", Files.readString(target));
        assertEquals(List.of("letter.txt"), namesIn(dir));
    }

    private static String reasonOf(NotSavedException e) {
        String message = e.getMessage();
        return message.substring(message.indexOf(": ") + 2, message.indexOf(". Nothing"));
    }

    private Path mount(String options) throws IOException, InterruptedException {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", options, "makegood-test", disk.toString()) == 0,
                "mounting a small disk needs root");
        return disk;
    }

    private static void unmount(Path disk) throws IOException, InterruptedException {
        assertEquals(0, run("umount", disk.toString()));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return p.exitValue();
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
