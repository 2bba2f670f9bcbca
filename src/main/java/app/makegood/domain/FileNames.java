package app.makegood.domain;

/** File names made from user text, safe on Windows, macOS and Linux. */
public final class FileNames {
    private FileNames() {
    }

    public static String safe(String text, String fallback) {
        String cleaned = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ").strip();
        if (cleaned.length() > 80) {
            cleaned = cleaned.substring(0, 80).strip();
        }
        return cleaned.isEmpty() || cleaned.matches("\\.+") ? fallback : cleaned;
    }
}
