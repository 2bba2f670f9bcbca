package app.makegood.export;

import java.nio.charset.Charset;
import java.util.List;
import java.util.OptionalInt;

/**
 * A table read from a file or a paste, before its columns are mapped: what the import dialog shows.
 *
 * @param charset   how the bytes were read, so the dialog can say so when the accents look wrong
 * @param delimiter the column separator that was detected
 */
public record Preview(List<String> headers, List<Row> rows, Charset charset, char delimiter) {

    public Preview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row; {@code line} is where it starts in the file (1-based), for messages. */
    public record Row(int line, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** The cell in a column, without surrounding spaces; empty when there is no such column. */
        public String cell(OptionalInt column) {
            if (column.isEmpty() || column.getAsInt() >= values.size()) {
                return "";
            }
            return values.get(column.getAsInt()).strip();
        }
    }
}
