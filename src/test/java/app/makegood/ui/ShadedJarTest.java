package app.makegood.ui;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one jar (maven-shade-plugin) still registers the icon pack: Ikonli finds packs through META-INF/services, and a
 * shade without ServicesResourceTransformer would keep one library's file and drop the others. Runs under failsafe,
 * after package, on target/makegood.jar itself.
 */
class ShadedJarTest {
    private static final Path JAR = Path.of("target/makegood.jar");

    @Test
    void theJarRegistersTheFeatherPack() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by `mvn package` before this test runs");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            ZipEntry services = jar.getEntry("META-INF/services/org.kordamp.ikonli.IkonHandler");
            assertNotNull(services, "the pack's service file is in the jar");
            String handlers = new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(handlers.contains("org.kordamp.ikonli.feather.FeatherIkonHandler"), handlers);
        }
        // And Ikonli's own look-up, with nothing but the jar on the class path, resolves an icon the app uses.
        try (URLClassLoader onlyTheJar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> handlerType = Class.forName("org.kordamp.ikonli.IkonHandler", true, onlyTheJar);
            Method supports = handlerType.getMethod("supports", String.class);
            Method font = handlerType.getMethod("getFontResource");
            boolean found = false;
            for (Object handler : ServiceLoader.load(handlerType, onlyTheJar)) {
                if ((Boolean) supports.invoke(handler, Icons.REMOVE)) {
                    assertNotNull(font.invoke(handler), "its font file is in the jar too");
                    found = true;
                }
            }
            assertTrue(found, Icons.REMOVE + " resolves from the jar");
        }
    }
}
