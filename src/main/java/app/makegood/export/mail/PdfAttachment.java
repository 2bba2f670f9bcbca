package app.makegood.export.mail;

import java.util.Arrays;
import java.util.Objects;

/** A PDF letter attached to a mail, under the file name the customer will see. */
public record PdfAttachment(String fileName, byte[] bytes) {

    public PdfAttachment {
        fileName = HeaderText.flatten(fileName);
        if (fileName.isEmpty()) {
            throw new IllegalArgumentException("The attached letter needs a file name.");
        }
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    // A record compares arrays by identity; two attachments are equal when their contents are.
    @Override
    public boolean equals(Object o) {
        return o instanceof PdfAttachment p && fileName.equals(p.fileName) && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PdfAttachment[" + fileName + ", " + bytes.length + " bytes]";
    }
}
