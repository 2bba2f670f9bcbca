package app.makegood.ui;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every icon the app names is found by Ikonli's ServiceLoader look-up: a misspelt literal, or a pack missing from the
 * class path, would otherwise only show as an exception when the page opens.
 */
class IconLiteralsTest {
    private static final Pattern LITERAL = Pattern.compile("iconLiteral=\"([^\"]+)\"");

    @Test
    void everyIconInTheFxmlAndTheCodeResolves() throws IOException {
        List<String> literals = new ArrayList<>(fxmlLiterals());
        assertFalse(literals.isEmpty(), "the FXML names icons");
        literals.addAll(List.of(Icons.UP, Icons.DOWN, Icons.REMOVE));
        literals.addAll(Icons.STEPS);
        for (String literal : literals) {
            assertTrue(resolves(literal), literal + " is an icon of a pack on the class path");
        }
        assertFalse(resolves("fth-no-such-icon"), "the check can fail");
    }

    @Test
    void thereIsAnIconForEveryStep() {
        assertEquals(app.makegood.ui.wizard.WizardViewModel.STEP_COUNT, Icons.STEPS.size());
    }

    private static boolean resolves(String literal) {
        for (IkonHandler handler : ServiceLoader.load(IkonHandler.class)) {
            try {
                if (handler.supports(literal) && handler.resolve(literal) != null) {
                    return true;
                }
            } catch (IllegalArgumentException unknownToThisPack) {
                // another pack may know it
            }
        }
        return false;
    }

    private static List<String> fxmlLiterals() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
