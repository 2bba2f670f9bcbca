package app.makegood.export.letter;

import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.PaperSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterTemplatesTest {
    private static final TemplateName APOLOGY = TemplateName.html(LetterKind.APOLOGY);
    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("templates");
    }

    private RenderedLetter render() {
        return new LetterRenderer(new LetterTemplates(folder()), LetterSamples.ZONE, Locale.UK).render(
                LetterSamples.content(LetterKind.APOLOGY, LetterSamples.incident(), LetterSamples.bakery(PaperSize.A4, false)));
    }

    @Test
    void everyTemplateHasADefaultThatCompiles() throws Exception {
        LetterTemplates templates = new LetterTemplates(folder());
        assertEquals(9, TemplateName.all().size());
        for (TemplateName name : TemplateName.all()) {
            assertFalse(templates.isCustomised(name));
            assertEquals(templates.defaultSource(name), templates.source(name));
            Templates.compile(Templates.compilerFor(name), templates.source(name));
        }
        assertEquals("apology.html.mustache", APOLOGY.fileName());
        assertEquals("update.txt.mustache", TemplateName.text(LetterKind.STATUS_UPDATE).fileName());
        assertEquals("followup.subject.mustache", TemplateName.subject(LetterKind.FOLLOW_UP).fileName());
    }

    @Test
    void aSavedCopyIsUsedUntilItIsReset() throws Exception {
        LetterTemplates templates = new LetterTemplates(folder());
        String mine = templates.defaultSource(APOLOGY).replace("<p>{{admit}}</p>", "<p>From the heart: {{admit}}</p>");
        templates.save(APOLOGY, mine);
        assertTrue(templates.isCustomised(APOLOGY));
        assertEquals(mine, templates.source(APOLOGY));
        assertTrue(Files.exists(folder().resolve("apology.html.mustache")));
        assertTrue(render().xhtml().contains("From the heart: We delivered"));
        templates.reset(APOLOGY);
        assertFalse(templates.isCustomised(APOLOGY));
        assertFalse(render().xhtml().contains("From the heart"));
        templates.reset(APOLOGY);
    }

    @Test
    void aTemplateThatDoesNotCompileIsRefusedWithItsLine() {
        LetterTemplates templates = new LetterTemplates(folder());
        TemplateException e = assertThrows(TemplateException.class,
                () -> templates.save(APOLOGY, "<p>\nHello\n{{#amends}}\n</p>"));
        assertEquals(3, e.line());
        assertEquals("the section 'amends' is opened but never closed", e.reason());
        assertEquals("Line 3: the section 'amends' is opened but never closed", e.getMessage());
        assertFalse(templates.isCustomised(APOLOGY));
        TemplateException wrongClose = assertThrows(TemplateException.class,
                () -> templates.save(TemplateName.text(LetterKind.APOLOGY), "{{#a}}\n{{/b}}"));
        assertEquals(2, wrongClose.line());
        TemplateException noPart = assertThrows(TemplateException.class,
                () -> templates.save(TemplateName.subject(LetterKind.APOLOGY), "{{> nothing}}"));
        assertTrue(noPart.reason().contains("does not exist"), noPart.reason());
    }

    @Test
    void aLetterTemplateWithAnUnclosedTagIsRefused() {
        LetterTemplates templates = new LetterTemplates(folder());
        TemplateException e = assertThrows(TemplateException.class,
                () -> templates.save(APOLOGY, "<html>\n<body>\n<p>{{admit}}\n</body></html>"));
        assertEquals(4, e.line());
        assertFalse(templates.isCustomised(APOLOGY));
    }

    @Test
    void aBrokenCopyFallsBackToTheDefaultAndSaysWhere() throws Exception {
        Files.createDirectories(folder());
        Files.writeString(folder().resolve("apology.html.mustache"), "<html>\n<body>\n{{#admit}}\n</body></html>");
        RenderedLetter letter = render();
        assertTrue(letter.xhtml().contains("We delivered your wedding cake"));
        assertEquals(1, letter.problems().size());
        String problem = letter.problems().get(0);
        assertTrue(problem.contains("apology.html.mustache"), problem);
        assertTrue(problem.contains("Line 3: the section 'admit' is opened but never closed"), problem);
    }

    @Test
    void aCopyThatMakesBrokenXhtmlFallsBackToo() throws Exception {
        Files.createDirectories(folder());
        Files.writeString(folder().resolve("apology.html.mustache"), "<html>\n<body>\n<p>{{admit}}\n</body></html>");
        RenderedLetter letter = render();
        assertTrue(letter.xhtml().contains("Dear Zoë,"));
        assertEquals(1, letter.problems().size());
        assertTrue(letter.problems().get(0).contains("Line 4"), letter.problems().get(0));
        new PdfMaker(BundledFonts.load()).pdf(letter, PaperSize.A4, "Sam");
    }

    @Test
    void theOtherPartsOfTheLetterAreUnaffectedByOneBrokenCopy() throws Exception {
        Files.createDirectories(folder());
        Files.writeString(folder().resolve("apology.subject.mustache"), "{{/oops}}");
        RenderedLetter letter = render();
        assertEquals("Our apology: Saturday's wedding cakes delivered two hours late", letter.subject());
        assertEquals(List.of(letter.problems().get(0)), letter.problems());
        assertTrue(letter.problems().get(0).contains("apology.subject.mustache"));
    }
}
