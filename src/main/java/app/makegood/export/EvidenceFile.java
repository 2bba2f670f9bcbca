package app.makegood.export;

import app.makegood.domain.Attachment;
import app.makegood.domain.Ids;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file the owner attaches as evidence of a fix, refusing with a plain reason what cannot be evidence. */
public final class EvidenceFile {
    private EvidenceFile() {
    }

    /** @throws ImportException the file is missing, a folder, empty, too large or unreadable; nothing is attached */
    public static Attachment read(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(cannot(name) + "it is a folder. Attach its files one by one, or a zip of it.");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(cannot(name) + "it is empty, so it shows nothing.");
            }
            if (size > Attachment.MAX_BYTES) {
                throw new ImportException(cannot(name) + "it is larger than " + Attachment.MAX_BYTES / (1024 * 1024)
                        + " MB. Attach a smaller file or a photo of it.");
            }
            byte[] content = Files.readAllBytes(file);
            return new Attachment(Ids.newId(), name, content);
        } catch (NoSuchFileException e) {
            throw new ImportException("There is no file " + file + ". Check the path, or choose the file.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(cannot(name) + "MakeGood is not allowed to read it.", e);
        } catch (ImportException e) {
            throw e;
        } catch (IOException e) {
            throw new ImportException(cannot(name) + "it could not be read. Copy it elsewhere and attach the copy.", e);
        }
    }

    private static String cannot(String name) {
        return "MakeGood cannot attach " + name + ": ";
    }
}
