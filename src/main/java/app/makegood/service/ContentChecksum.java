package app.makegood.service;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A SHA-256 of a value's whole content, walking records by their components (so a field added later is covered
 * without touching this), lists in order, maps by sorted key, optionals, and byte arrays by their bytes. Two values
 * with the same checksum hold the same text, numbers, times and files, whichever database they were read from.
 * Times count to the microsecond: PostgreSQL keeps no finer (H2 keeps nanoseconds; the app itself writes minutes).
 */
final class ContentChecksum {
    private final MessageDigest digest;

    private ContentChecksum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    static String of(Object value) {
        ContentChecksum sum = new ContentChecksum();
        sum.add(value);
        return HexFormat.of().formatHex(sum.digest.digest());
    }

    private void add(Object value) {
        if (value == null) {
            text("null");
        } else if (value instanceof Record r) {
            text("(" + r.getClass().getSimpleName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                text(c.getName() + "=");
                add(component(c, r));
            }
            text(")");
        } else if (value instanceof Optional<?> o) {
            text(o.isPresent() ? "some" : "none");
            o.ifPresent(this::add);
        } else if (value instanceof Collection<?> list) {
            text("[" + list.size());
            list.forEach(this::add);
            text("]");
        } else if (value instanceof Map<?, ?> map) {
            text("{" + map.size());
            new TreeMap<>(map).forEach((k, v) -> {
                add(k);
                add(v);
            });
            text("}");
        } else if (value instanceof Instant t) {
            text("Instant:" + t.plusNanos(500).truncatedTo(ChronoUnit.MICROS)); // rounded, as PostgreSQL does
        } else if (value instanceof byte[] bytes) {
            text("bytes" + bytes.length + ":");
            digest.update(bytes);
        } else {
            text(value.getClass().getSimpleName() + ":" + value);
        }
    }

    /** Each piece with its length first, so "ab"+"c" and "a"+"bc" differ. */
    private void text(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ";").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static Object component(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + c.getName(), e);
        }
    }
}
