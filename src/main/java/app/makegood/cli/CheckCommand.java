package app.makegood.cli;

import app.makegood.domain.coach.ApologyChecker;
import app.makegood.domain.coach.Finding;
import app.makegood.domain.coach.Grammar;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * {@code makegood check [FILE]}: coaches a letter typed as one text and prints the findings as JSON.
 *
 * <p>{@code args} are the words after "check" (the Launcher strips the command). FILE is read as UTF-8; with
 * no FILE, or "-", the letter is read from {@code in}. The text has no parts, so it is checked with
 * {@link ApologyChecker#checkLetter}: wording rules everywhere, Admit-only rules (blaming a courier, supplier
 * or "circumstances") in the paragraphs that apologise, and missing apology / thanks / dated action / offer
 * value across the whole letter. Offsets are UTF-16 char indices into the text after a leading byte-order mark,
 * if any, is dropped; "suggestion" replaces exactly [start, end) and is null when there is none; "readingEase"
 * is the Flesch score of the whole text, one decimal, null when there are no words. "kind" is "apology" for the
 * coach's own rules and "spelling" or "grammar" for the language engine's, whose "rule" is the engine's own
 * rule name (e.g. MODAL_OF); those never count as apology problems.
 *
 * <p>Exit codes: 0 when the letter was checked (findings or not), 2 when the input could not be read (missing
 * file, not UTF-8) or the arguments are wrong, with one line on {@code err}.
 */
public final class CheckCommand {
    static final int OK = 0;
    static final int UNREADABLE = 2;
    private static final String USAGE = "usage: makegood check [FILE]   (reads standard input when FILE is - or absent)";

    private CheckCommand() {
    }

    /** {@code grammar} is only loaded once the letter has been read (it takes seconds). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Supplier<Grammar> grammar) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return OK;
        }
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-") && !args[0].equals("-"))) {
            err.println("check: expected at most one FILE; " + USAGE);
            return UNREADABLE;
        }
        String source = args.length == 0 || args[0].equals("-") ? "standard input" : args[0];
        String letter;
        try {
            byte[] bytes = source.equals("standard input") ? in.readAllBytes() : Files.readAllBytes(Path.of(source));
            letter = decodeUtf8(bytes);
        } catch (NoSuchFileException e) {
            err.println("check: cannot read " + source + ": no such file");
            return UNREADABLE;
        } catch (CharacterCodingException e) {
            err.println("check: cannot read " + source + ": it is not UTF-8 text; save it as UTF-8 and try again");
            return UNREADABLE;
        } catch (IOException | RuntimeException e) {
            err.println("check: cannot read " + source + ": " + oneLine(e));
            return UNREADABLE;
        }
        out.println(toJson(new ApologyChecker(grammar.get()), letter));
        return OK;
    }

    /** Strict: a malformed byte is an error, not a silent replacement character that would shift offsets. */
    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String toJson(ApologyChecker checker, String letter) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : checker.checkLetter(letter)) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.ruleName());
            n.put("kind", f.rule().kind());
            n.put("severity", f.severity().name());
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("text", f.text());
            n.put("message", f.message());
            n.put("suggestion", f.suggestion().orElse(null));
        }
        double ease = ApologyChecker.fleschReadingEase(letter);
        if (Double.isNaN(ease)) {
            root.putNull("readingEase");
        } else {
            root.put("readingEase", Math.round(ease * 10) / 10.0);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
