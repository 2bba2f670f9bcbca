package app.makegood.export;

import app.makegood.domain.Incident;
import app.makegood.domain.Quote;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incidents as JSON, for backup and transfer between computers:
 * {@code {"format":"makegood-incidents","version":1,"exportedAt":...,"incidents":[...]}}.
 * Properties keep the records' declaration order and lines end in \n on every OS, so the same data always
 * gives the same bytes. Attachment bytes are base64. Reading is all or nothing: any problem is an ImportException.
 */
public final class IncidentJson {
    public static final String FORMAT = "makegood-incidents";
    public static final int VERSION = 1;

    /** What an export file holds; the component order is the order in the file. */
    record Envelope(String format, int version, Instant exportedAt, List<Incident> incidents) {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Amounts go through a JSON tree on import: keep them exact, with their scale (12.50 stays 12.50).
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // The caller owns the streams (the CLI writes to System.out).
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // A number or true/false where text belongs ("title": 42) is a wrong file, not a title "42".
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    private final ObjectWriter writer = mapper.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private final Clock clock;

    public IncidentJson() {
        this(Clock.systemUTC());
    }

    /** @param clock gives {@code exportedAt}; tests fix it to compare exports byte for byte */
    public IncidentJson(Clock clock) {
        this.clock = clock;
    }

    public void write(List<Incident> incidents, OutputStream out) throws IOException {
        writeValue(new Envelope(FORMAT, VERSION, clock.instant(), incidents), out);
    }

    /** Writes an export file; the file is replaced only once the export is complete. */
    public void writeFile(List<Incident> incidents, Path file) throws IOException {
        AtomicFile.write(file, out -> write(incidents, out));
    }

    /**
     * A bare JSON array of incidents, for scripts ({@code makegood list --json}). It may go to a terminal: besides
     * the control characters JSON always escapes, DEL, C1 controls and bidi overrides are written as \\uXXXX, the
     * same values in a form that cannot move the cursor or print text backwards.
     */
    public void writeArray(List<Incident> incidents, OutputStream out) throws IOException {
        writeValue(writer.with(new TerminalEscapes()), incidents, out);
    }

    private void writeValue(Object value, OutputStream out) throws IOException {
        writeValue(writer, value, out);
    }

    private static void writeValue(ObjectWriter writer, Object value, OutputStream out) throws IOException {
        writer.writeValue(out, value);
        out.write('\n');
        out.flush();
    }

    private static final class TerminalEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean hidden = ch >= 0x80 && ch <= 0x9F || ch >= 0x202A && ch <= 0x202E || ch >= 0x2066 && ch <= 0x2069
                    || ch == 0x200E || ch == 0x200F || ch == 0x061C;
            return hidden ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    /** Reads an export file completely and checks every incident; returns nothing unless all of it is fine. */
    public List<Incident> read(InputStream in) throws ImportException {
        JsonNode root = parse(in);
        checkEnvelope(root);
        List<Incident> incidents;
        try {
            incidents = mapper.treeToValue(root, Envelope.class).incidents();
        } catch (JsonProcessingException e) {
            throw new ImportException(describe(e, root), e);
        }
        List<IncidentChecks.Problem> problems = IncidentChecks.of(incidents);
        if (!problems.isEmpty()) {
            throw new ImportException(IncidentChecks.message(problems));
        }
        return incidents;
    }

    /** {@link #read} from a file; a missing or unreadable file is a plain IOException, a bad one an ImportException. */
    public List<Incident> readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private JsonNode parse(InputStream in) throws ImportException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonEOFException e) {
            throw new ImportException("The file ends too early (it is truncated): it may not have been copied "
                    + "or saved completely. Export it again from the original.", e);
        } catch (StreamConstraintsException e) {
            // Jackson's limits (nesting depth, length of one value): no export of ours comes near them.
            throw new ImportException("The file is not an export MakeGood can read: it holds a value that is too long"
                    + " or lists nested too deeply" + at(e.getLocation()) + ". Choose a file exported by MakeGood.", e);
        } catch (JsonProcessingException e) {
            String why = String.valueOf(e.getOriginalMessage());
            // Cut between entries, a truncated file does not always come as an end-of-file error.
            if (why.startsWith("Unexpected end-of-input") || CUT_LITERAL.matcher(why).lookingAt()) {
                throw new ImportException("The file ends too early or is damaged" + at(e.getLocation())
                        + ": it may not have been copied or saved completely. Export it again from the original.", e);
            }
            // Cut inside a multi-byte character, or saved by another program in an encoding other than UTF-8.
            if (why.startsWith("Invalid UTF-8")) {
                throw new ImportException("The file is damaged or is not UTF-8 text" + at(e.getLocation())
                        + ": it may not have been copied completely, or another program saved it in another"
                        + " encoding. Export it again from the original.", e);
            }
            Matcher duplicate = DUPLICATE_KEY.matcher(why);
            if (duplicate.matches()) {
                throw new ImportException("The key " + Quote.of(duplicate.group(1)) + " appears twice in "
                        + path(e) + at(e.getLocation()) + ". Each key may appear only once: the file was changed by"
                        + " hand or by another program. Export it again from the original.", e);
            }
            throw new ImportException("The file is not a JSON file" + at(e.getLocation())
                    + ". Choose a file exported by MakeGood.", e);
        } catch (IOException e) {
            throw new ImportException("The file could not be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportException("The file is empty. Choose a file exported by MakeGood.");
        }
        return root;
    }

    /** A file cut inside null, true or false: Jackson names the piece it read ("Unrecognized token 'nu'"). */
    private static final Pattern CUT_LITERAL = Pattern.compile("Unrecognized token '(n|nu|nul|t|tr|tru|f|fa|fal|fals)'");

    /** Jackson's words for a key given twice in one object (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate (?:field|Object property) '(.*)'",
            Pattern.DOTALL);

    /** Where the parser was: "incidents[3].customers[0]", or the top level of the file. */
    private static String path(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "an object";
        }
        StringBuilder path = new StringBuilder();
        JsonStreamContext c = parser.getParsingContext().getParent(); // the object holding the key, in its parent
        for (; c != null && !c.inRoot(); c = c.getParent()) {
            path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        return path.length() == 0 ? "the top level of the file"
                : Quote.of(path.substring(path.charAt(0) == '.' ? 1 : 0));
    }

    private static void checkEnvelope(JsonNode root) throws ImportException {
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new ImportException("This JSON file is not a MakeGood incident export (it has no \"format\": \""
                    + FORMAT + "\" marker).");
        }
        JsonNode version = root.path("version");
        if (!version.isInt() || version.intValue() < 1) {
            throw new ImportException("The export has no valid format version; it may have been edited by hand.");
        }
        if (version.intValue() > VERSION) {
            throw new ImportException("The file was written by a newer MakeGood (format version " + version.intValue()
                    + "; this one reads up to " + VERSION + "). Update MakeGood, then import it again.");
        }
        if (!root.path("incidents").isArray()) {
            throw new ImportException("The export has no list of incidents.");
        }
    }

    /** Names the incident and the field a mapping error is about, e.g. incident "Oven broke": customers[0].email. */
    private static String describe(JsonProcessingException e, JsonNode root) {
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
        String where = "The file";
        int from = 0;
        if (path.size() >= 2 && "incidents".equals(path.get(0).getFieldName())) {
            int n = path.get(1).getIndex();
            JsonNode title = root.path("incidents").path(n).path("title");
            where = IncidentChecks.capitalized(Quote.incident(title.isTextual() ? title.textValue() : "", n));
            from = 2;
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference r : path.subList(from, path.size())) {
            field.append(r.getFieldName() != null
                    ? (field.length() > 0 ? "." : "") + r.getFieldName()
                    : "[" + r.getIndex() + "]");
        }
        // The records reject a missing required value with Objects.requireNonNull(value, "fieldName").
        if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException npe) {
            String missing = npe.getMessage() == null ? "a value" : "\"" + npe.getMessage() + "\"";
            return where + " is missing " + missing + (field.length() > 0 ? " in " + field : "")
                    + ", which every export has.";
        }
        if (e instanceof UnrecognizedPropertyException) {
            return where + " has a field MakeGood does not know: " + Quote.of(field.toString()) + ".";
        }
        String value = e instanceof InvalidFormatException f ? " " + Quote.of(String.valueOf(f.getValue())) : "";
        return where + " has an invalid value" + value + (field.length() > 0 ? " for " + Quote.of(field.toString()) : "")
                + ".";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? "" : " (problem at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
