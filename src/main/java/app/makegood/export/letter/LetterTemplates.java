package app.makegood.export.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import app.makegood.export.AtomicFile;

/**
 * The letter templates: the owner's edited copies in {@code folder}, falling back to the defaults bundled
 * in {@code assets/templates/letters/}. A template is only saved once it compiles.
 */
public final class LetterTemplates {
    private final Path folder;

    public LetterTemplates(Path folder) {
        this.folder = folder;
    }

    /** The owner's copy if there is one, else the default. */
    public String source(TemplateName name) {
        if (!isCustomised(name)) {
            return defaultSource(name);
        }
        try {
            return Files.readString(copy(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read your template " + copy(name), e);
        }
    }

    public String defaultSource(TemplateName name) {
        return Templates.resource("letters/" + name.fileName());
    }

    public boolean isCustomised(TemplateName name) {
        return Files.isRegularFile(copy(name));
    }

    /**
     * Keeps the owner's version; refuses one that does not compile, or a letter whose skeleton is not
     * well-formed XHTML (an unclosed tag), saying where and why.
     */
    public void save(TemplateName name, String source) throws TemplateException, IOException {
        var template = Templates.compile(Templates.compilerFor(name), source);
        if (name.part() == TemplateName.Part.HTML) {
            Xhtml.parse(template.execute(Map.of()));
        }
        Files.createDirectories(folder);
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(copy(name), out -> out.write(bytes));
    }

    /** Back to the default: the owner's copy is removed. */
    public void reset(TemplateName name) throws IOException {
        Files.deleteIfExists(copy(name));
    }

    private Path copy(TemplateName name) {
        return folder.resolve(name.fileName());
    }
}
