package app.makegood.domain;

import java.util.Arrays;
import java.util.Objects;

/** A file kept as evidence; its bytes are copied in so the evidence cannot vanish with the original. */
public record Attachment(String id, String fileName, byte[] content) {
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    public Attachment {
        Objects.requireNonNull(id, "id");
        fileName = Text.orEmpty(fileName);
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The same file's name without its bytes. */
    public Attachment withoutContent() {
        return new Attachment(id, fileName, new byte[0]);
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && id.equals(a.id) && fileName.equals(a.fileName)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, fileName, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + content.length + " bytes]";
    }
}
