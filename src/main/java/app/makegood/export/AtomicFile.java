package app.makegood.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that it is either complete or not there: a crash never leaves half a backup behind. */
public final class AtomicFile {
    private AtomicFile() {
    }

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes into a temporary file next to {@code target}, then renames it over {@code target} in one step.
     * A writer's own failure (a template, the PDF engine) comes out as it is; a failure of the disk or the folder
     * comes out as a {@link NotSavedException}. Either way {@code target} is as it was and no temporary file stays.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new NotSavedException(absolute, e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new DiskStream(Channels.newOutputStream(channel), absolute)) {
                writer.writeTo(out);
                out.flush();
                forceToDisk(channel, absolute); // before the rename, so a power cut cannot leave an empty target
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NotSavedException e) {
            throw e;
        } catch (FileSystemException e) {
            throw new NotSavedException(absolute, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void forceToDisk(FileChannel channel, Path target) throws NotSavedException {
        try {
            channel.force(true);
        } catch (IOException e) {
            throw new NotSavedException(target, e);
        }
    }

    /** Marks what fails while bytes go to the disk (a full disk, above all) as the disk's failure. */
    private static final class DiskStream extends FilterOutputStream {
        private final Path target;

        DiskStream(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new NotSavedException(target, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new NotSavedException(target, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new NotSavedException(target, e);
            }
        }
    }
}
