package app.makegood.service;

import app.makegood.export.letter.LetterExport;
import app.makegood.export.PostmortemMarkdown;
import app.makegood.export.PublicPage;
import app.makegood.export.letter.BundledFonts;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.export.letter.PdfMaker;
import app.makegood.export.letter.PostmortemPdf;

import java.time.Clock;
import java.util.Locale;

/**
 * The one place exporters are made, so the window and the command line write with the same time zone, language
 * and fonts. The fonts are read on first use (a public page needs none).
 */
public final class Exporters {
    private final Clock clock;
    private final Locale locale;

    public Exporters(Clock clock, Locale locale) {
        this.clock = clock;
        this.locale = locale;
    }

    public Clock clock() {
        return clock;
    }

    public PostmortemMarkdown postmortemMarkdown() {
        return new PostmortemMarkdown(clock.getZone(), locale);
    }

    public PostmortemPdf postmortemPdf() {
        return new PostmortemPdf(new PdfMaker(BundledFonts.load()), clock.getZone(), locale);
    }

    public PublicPage publicPage() {
        return new PublicPage(clock.getZone(), locale);
    }

    public LetterExport letters(LetterTemplates templates) {
        return new LetterExport(templates, BundledFonts.load(), clock, locale);
    }
}
