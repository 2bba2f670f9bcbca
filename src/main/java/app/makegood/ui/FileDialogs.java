package app.makegood.ui;

import app.makegood.export.PortableNames;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the owner picks files and folders: the system's own dialogs, behind a seam tests can script. */
public interface FileDialogs {

    /** A file to write, suggesting {@code initialName}; a cancelled dialog is empty. */
    Optional<Path> save(Window owner, String initialName, FileChooser.ExtensionFilter filter);

    Optional<Path> open(Window owner, FileChooser.ExtensionFilter filter);

    Optional<Path> folder(Window owner, String title);

    /** The system's file dialogs. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> save(Window owner, String initialName, FileChooser.ExtensionFilter filter) {
                FileChooser chooser = chooser(filter);
                chooser.setInitialFileName(PortableNames.fit(Path.of(""), initialName, "untitled"));
                return path(chooser.showSaveDialog(owner));
            }

            @Override
            public Optional<Path> open(Window owner, FileChooser.ExtensionFilter filter) {
                return path(chooser(filter).showOpenDialog(owner));
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return path(chooser.showDialog(owner));
            }

            private static FileChooser chooser(FileChooser.ExtensionFilter filter) {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(filter);
                return chooser;
            }

            /** Under a plain-ASCII locale a name typed with accents is kept, spelled as the system can store it. */
            private static Optional<Path> path(File file) {
                if (file == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(file.toPath());
                } catch (InvalidPathException e) {
                    return Optional.of(Path.of(PortableNames.fit(Path.of(""), file.getPath(), "untitled")));
                }
            }
        };
    }
}
