package app.makegood.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Which column (0-based) fills which customer field; a field without a column stays empty. */
public record ColumnMapping(Map<CustomerField, Integer> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** Each field goes to the first column whose header names it; unrecognised columns are left out. */
    public static ColumnMapping guess(List<String> headers) {
        Map<CustomerField, Integer> found = new EnumMap<>(CustomerField.class);
        for (int i = 0; i < headers.size(); i++) {
            for (CustomerField field : CustomerField.values()) {
                if (!found.containsKey(field) && field.recognises(headers.get(i))) {
                    found.put(field, i);
                }
            }
        }
        return new ColumnMapping(found);
    }

    /** Columns in the order of {@link CustomerField} (the customer table's), for rows without a header. */
    static ColumnMapping inTableOrder() {
        Map<CustomerField, Integer> columns = new EnumMap<>(CustomerField.class);
        for (CustomerField field : CustomerField.values()) {
            columns.put(field, field.ordinal());
        }
        return new ColumnMapping(columns);
    }

    public OptionalInt column(CustomerField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** A mapping without a name or an email column cannot import anyone. */
    public boolean canImport() {
        return columns.containsKey(CustomerField.NAME) || columns.containsKey(CustomerField.EMAIL);
    }
}
