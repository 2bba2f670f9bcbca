package app.makegood.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** "Open" and "Show in folder" for a file the app wrote: the letters page and every export share them. */
public final class WrittenFiles {
    private final Consumer<Path> openFile;

    public WrittenFiles(Consumer<Path> openFile) {
        this.openFile = openFile;
    }

    /** Opens the file in the program the system has for it; false when it is no longer there. */
    public boolean open(Path file) {
        return hand(file, Files.exists(file));
    }

    /** Opens the folder holding the file (or the folder itself); false when it is no longer there. */
    public boolean showFolder(Path file) {
        Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        return hand(folder, folder != null && Files.isDirectory(folder));
    }

    private boolean hand(Path path, boolean there) {
        if (there) {
            openFile.accept(path);
        }
        return there;
    }
}
