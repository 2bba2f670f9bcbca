package app.makegood.export.letter;

import app.makegood.domain.Incident;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.FutureValueInputs;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.LetterContent;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.Letters;
import app.makegood.domain.letters.Logo;
import app.makegood.domain.letters.PaperSize;
import app.makegood.export.IncidentJson;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bundled sample incident (the bakery's late wedding cakes) and a bakery profile, for letter tests;
 * {@link #main} writes one PDF and a first-page PNG of each letter and prints how long the PDFs took.
 */
public final class LetterSamples {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final AmendsDefaults DEFAULTS = new AmendsDefaults("GBP", new FutureValueInputs(
            new BigDecimal("60"), new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("0.4")));

    private LetterSamples() {
    }

    public static Incident incident() {
        try (InputStream in = LetterSamples.class.getResourceAsStream("/assets/sample-incident.json")) {
            return new IncidentJson().read(in).get(0);
        } catch (Exception e) {
            throw new IllegalStateException("The sample incident cannot be read", e);
        }
    }

    public static BusinessProfile bakery(PaperSize paper, boolean withLogo) {
        return new BusinessProfile("Crumb & Co", "14 Mill Lane\nHebden Bridge HX7 8AB", "01422 555 019",
                "hello@crumbandco.example", "crumbandco.example", withLogo ? Optional.of(logo()) : Optional.empty(),
                "Sam Okafor", "Head baker and owner", "With warm wishes", paper);
    }

    static LetterContent content(LetterKind kind, Incident incident, BusinessProfile from) {
        return Letters.compose(kind, incident, incident.customers().get(0), from, TODAY,
                DEFAULTS.moneyFormat(Locale.UK));
    }

    /** A small round mark drawn here, so no binary file is needed for a logo. */
    static Logo logo() {
        BufferedImage image = new BufferedImage(160, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xA8874F));
        g.fillOval(8, 8, 144, 144);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(9));
        g.drawArc(44, 44, 72, 72, 40, 280);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logo(out.toByteArray(), "image/png");
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/letters");
        Files.createDirectories(dir);
        long start = System.nanoTime();
        PdfMaker maker = new PdfMaker(BundledFonts.load());
        LetterRenderer renderer = new LetterRenderer(new LetterTemplates(dir.resolve("templates")), ZONE, Locale.UK);
        Incident incident = incident();
        BusinessProfile bakery = bakery(PaperSize.A4, true);
        for (LetterKind kind : LetterKind.values()) {
            long t = System.nanoTime();
            byte[] pdf = maker.pdf(renderer.render(content(kind, incident, bakery)), PaperSize.A4, "Crumb & Co");
            System.out.printf("%s: %d ms, %d bytes%n", kind, (System.nanoTime() - t) / 1_000_000, pdf.length);
            Files.write(dir.resolve(kind.name().toLowerCase(Locale.ROOT) + ".pdf"), pdf);
        }
        long warm = System.nanoTime();
        int n = 20;
        for (int i = 0; i < n; i++) {
            maker.pdf(renderer.render(content(LetterKind.APOLOGY, incident, bakery)), PaperSize.A4, "Crumb & Co");
        }
        System.out.printf("warm apology: %d ms each (%d letters); first-call total since start %d ms%n",
                (System.nanoTime() - warm) / 1_000_000 / n, n, (warm - start) / 1_000_000);
        new PostmortemPdf(maker, ZONE, Locale.UK).write(incident, List.of(), DEFAULTS, bakery, TODAY, dir.resolve("postmortem.pdf"));
    }
}
