package app.makegood.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import app.makegood.language.TestGrammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
    /** Issue 15's sentence: filler, a hedge, two passives and a grammar slip the engine names itself. */
    private static final String MAY_OF = "We apologise for any inconvenience this may of caused; mistakes were made "
            + "and the order was forgotten.";

    private static final String LETTER = "Dear Sam,\n\n"
            + "We\u2019re sorry, but the courier lost your parcel.\n\n"
            + "The courier lost another parcel that week. I have sent a new one today by special delivery.\n\n"
            + "Thank you for your patience.\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(byte[] stdin, String... args) {
        return CheckCommand.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestGrammar::english);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> rules(JsonNode root) {
        List<String> rules = new ArrayList<>();
        root.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        return rules;
    }

    @Test
    void readsStandardInputAndPrintsFindingsWithOffsetsIntoTheWholeText() throws IOException {
        assertEquals(0, run(LETTER.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        JsonNode root = json();
        // the courier is blamed in the apologising paragraph only; the later factual mention is fine
        assertEquals(List.of("QUALIFIED_APOLOGY", "BLAME_SHIFTING"), rules(root));
        JsonNode but = root.get("findings").get(0);
        assertEquals("PROBLEM", but.get("severity").asText());
        assertEquals("but", but.get("text").asText());
        assertEquals(LETTER.indexOf("but"), but.get("start").asInt());
        assertEquals(LETTER.indexOf("but") + 3, but.get("end").asInt());
        assertEquals("", but.get("suggestion").asText());
        assertFalse(but.get("message").asText().contains("\n"));
        JsonNode courier = root.get("findings").get(1);
        assertTrue(courier.get("suggestion").isNull());
        assertEquals(LETTER.indexOf("the courier"), courier.get("start").asInt());
        assertTrue(root.get("readingEase").isNumber());
        double ease = root.get("readingEase").asDouble();
        assertEquals(ease, Math.round(ease * 10) / 10.0, 1e-9);
    }

    @Test
    void spellingAndGrammarComeWithTheEnginesRuleNameAndTheirOwnKind() throws IOException {
        assertEquals(0, run((MAY_OF + " Your cake was delivred late.").getBytes(StandardCharsets.UTF_8), "-"));
        JsonNode grammar = finding(json(), "MODAL_OF");
        assertEquals("grammar", grammar.get("kind").asText());
        assertEquals("LANGUAGE", grammar.get("severity").asText());
        assertEquals("may have", grammar.get("suggestion").asText());
        JsonNode spelling = finding(json(), "MORFOLOGIK_RULE_EN_GB");
        assertEquals("spelling", spelling.get("kind").asText());
        assertEquals("delivred", spelling.get("text").asText());
        assertEquals("apology", finding(json(), "CORPORATE_FILLER").get("kind").asText());
    }

    private static JsonNode finding(JsonNode root, String rule) {
        for (JsonNode f : root.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + root);
    }

    @Test
    void dashMeansStandardInput() throws IOException {
        assertEquals(0, run("We are sorry if it upset you.".getBytes(StandardCharsets.UTF_8), "-"));
        assertTrue(rules(json()).contains("CONDITIONAL_APOLOGY"));
    }

    @Test
    void readsAFileAndDropsAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("letter.txt");
        Files.write(file, ("\uFEFF" + LETTER).getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run(new byte[0], file.toString()));
        JsonNode but = json().get("findings").get(0);
        assertEquals(LETTER.indexOf("but"), but.get("start").asInt());
    }

    @Test
    void emptyLetterIsCheckedAndHasNoReadingEase() throws IOException {
        assertEquals(0, run(new byte[0]));
        JsonNode root = json();
        assertEquals(List.of("MISSING_ACTION", "MISSING_APOLOGY", "MISSING_THANKS"), rules(root).stream().sorted().toList());
        assertTrue(root.get("readingEase").isNull());
    }

    @Test
    void missingFileExitsTwoWithOneLineOnErr(@TempDir Path dir) {
        assertEquals(2, run(new byte[0], dir.resolve("nope.txt").toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("nope.txt") && message.contains("no such file"), message);
        assertEquals(1, message.strip().lines().count());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void directoryExitsTwo(@TempDir Path dir) {
        assertEquals(2, run(new byte[0], dir.toString()));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).strip().lines().count());
    }

    @Test
    void invalidUtf8ExitsTwo() {
        byte[] latin1 = "We\u2019re sorry \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(2, run(new byte[] {'s', 'o', 'r', 'r', 'y', (byte) 0xC3, (byte) 0x28}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not UTF-8"));
        err.reset();
        assertEquals(2, run(latin1, "-"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void wrongArgumentsExitTwoAndHelpExitsZero() {
        assertEquals(2, run(new byte[0], "a.txt", "b.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("check: expected at most one FILE"));
        assertEquals(2, run(new byte[0], "--verbose"));
        assertEquals(0, run(new byte[0], "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }
}
