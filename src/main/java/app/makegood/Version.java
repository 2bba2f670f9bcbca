package app.makegood;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version from the pom: written by the build into version.properties (and the jar's manifest). */
final class Version {
    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
