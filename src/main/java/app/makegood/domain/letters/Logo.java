package app.makegood.domain.letters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The business's logo, kept as the file's bytes so a moved or deleted file cannot break a letter. */
public record Logo(byte[] bytes, String mediaType) {
    public static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg", "image/svg+xml");
    /** Big enough for any sensible letterhead image, small enough to keep every letter light. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public Logo {
        Objects.requireNonNull(bytes, "bytes");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException("Unsupported logo type: " + mediaType);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("Logo larger than " + MAX_BYTES + " bytes");
        }
        bytes = bytes.clone();
    }

    /** The image type read from the file's first bytes, never from its name: a renamed file still works. */
    public static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            head.append((char) (bytes[i] & 0xFF));
        }
        return head.toString().toLowerCase(Locale.ROOT).contains("<svg") ? Optional.of("image/svg+xml") : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo other && mediaType.equals(other.mediaType) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + mediaType.hashCode();
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
