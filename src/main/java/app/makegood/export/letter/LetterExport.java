package app.makegood.export.letter;

import app.makegood.export.AtomicFile;
import app.makegood.export.LetterException;
import app.makegood.export.NotSavedException;
import app.makegood.export.PortableNames;
import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.FileNames;
import app.makegood.domain.Incident;
import app.makegood.domain.Text;
import app.makegood.domain.amends.AmendsDefaults;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.letters.LetterContent;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.letters.Letters;
import app.makegood.export.letter.BundledFonts;
import app.makegood.export.letter.FontCoverage;
import app.makegood.export.letter.LetterRenderer;
import app.makegood.export.letter.LetterTemplates;
import app.makegood.export.letter.PdfMaker;
import app.makegood.export.letter.RenderedLetter;
import app.makegood.export.mail.Email;
import app.makegood.export.mail.EmailDraft;
import app.makegood.export.mail.MailAddress;
import app.makegood.export.mail.PdfAttachment;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Customer letters from start to file: compose what the letter says, render it once, and turn that one rendering
 * into the PDF, the email draft or the message to send. Thread-safe: the preview, a batch and the command line
 * share one instance.
 */
public final class LetterExport {
    private static final Logger LOG = Logger.getLogger(LetterExport.class.getName());
    private final LetterRenderer renderer;
    private final PdfMaker pdfMaker;
    private final FontCoverage coverage;
    private final EmailDraft mail;
    private final Locale locale;

    public LetterExport(LetterTemplates templates, BundledFonts fonts, Clock clock, Locale locale) {
        this.renderer = new LetterRenderer(templates, clock.getZone(), locale);
        this.pdfMaker = new PdfMaker(fonts);
        this.coverage = new FontCoverage(fonts);
        this.mail = new EmailDraft(clock);
        this.locale = locale;
    }

    /** One customer's letter, rendered and ready to become a PDF or an email. */
    public record Draft(LetterKind kind, AffectedCustomer customer, BusinessProfile from, RenderedLetter letter,
                        List<String> warnings) {
        public String subject() {
            return letter.subject();
        }

        public String fileStem() {
            return stem(kind, customer);
        }
    }

    /**
     * @throws LetterException when the letter would say what the record does not hold ({@link Letters#refusal}):
     *                         callers ask the domain first, this only makes sure no such letter is ever made
     */
    public Draft draft(LetterKind kind, Incident incident, AffectedCustomer customer, BusinessProfile from,
                       AmendsDefaults amends, LocalDate today) {
        refuseUntrue(kind, incident);
        LetterContent content = Letters.compose(kind, incident, customer, from, today, amends.moneyFormat(locale));
        RenderedLetter letter = renderer.render(content);
        List<String> warnings = new ArrayList<>(letter.problems());
        List<String> missing = coverage.missing(letter.text() + from.name() + from.address());
        if (!missing.isEmpty()) {
            warnings.add("These characters are in no font MakeGood embeds and would print as empty boxes: "
                    + String.join(" ", missing) + ". Change them, or send the letter by email.");
        }
        return new Draft(kind, customer, from, letter, List.copyOf(warnings));
    }

    private static void refuseUntrue(LetterKind kind, Incident incident) {
        Letters.refusal(kind, incident).ifPresent(why -> {
            throw new LetterException(why.reason());
        });
    }

    /** Renders one throwaway letter, so that the fonts and the layout engine are loaded before the owner asks. */
    public void warmUp() {
        AffectedCustomer someone = AffectedCustomer.named("Warm-up", "");
        Incident blank = Incident.blank(java.time.Instant.EPOCH);
        pdf(draft(LetterKind.APOLOGY, blank, someone, BusinessProfile.EMPTY,
                AmendsDefaults.from(Map.of(), "EUR"), LocalDate.EPOCH));
    }

    public byte[] pdf(Draft d) {
        return pdfMaker.pdf(d.letter(), d.from().paper(), d.from().name());
    }

    public void writePdf(Draft d, Path file) throws IOException {
        byte[] bytes = pdf(d);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /** An email draft that opens in the owner's mail program, ready to send. */
    public void writeEml(Draft d, boolean attachPdf, Path file) throws IOException {
        mail.writeFile(email(d, attachPdf), file);
    }

    /** The message as it will go over SMTP. */
    public byte[] message(Draft d, boolean attachPdf) {
        return mail.toBytes(email(d, attachPdf));
    }

    private Email email(Draft d, boolean attachPdf) {
        MailAddress from = sender(d.from());
        String name = d.customer().name().isBlank() ? "This customer" : Text.quoted(d.customer().name());
        if (d.customer().email().isBlank()) {
            throw new LetterException(name + " has no email address: add it under \u201CWhat happened\u201D, "
                    + "or save the letter as a PDF instead.");
        }
        MailAddress to;
        try {
            to = new MailAddress(d.customer().name(), d.customer().email());
        } catch (IllegalArgumentException e) {
            throw new LetterException(name + ": " + e.getMessage());
        }
        Optional<PdfAttachment> pdf = attachPdf
                ? Optional.of(new PdfAttachment(d.fileStem() + ".pdf", pdf(d))) : Optional.empty();
        return new Email(from, to, d.subject(), d.letter().text(), d.letter().xhtml(), pdf);
    }

    private static MailAddress sender(BusinessProfile from) {
        if (from.email().isBlank()) {
            throw new LetterException("Add the business's email address to the business profile "
                    + "(Edit \u25B8 Business profile), so the customer can reply to the letter.");
        }
        try {
            return new MailAddress(from.name(), from.email());
        } catch (IllegalArgumentException e) {
            throw new LetterException("The business profile's email: " + e.getMessage());
        }
    }

    // --- batch

    public record BatchRequest(LetterKind kind, Incident incident, List<AffectedCustomer> customers,
                               BusinessProfile from, AmendsDefaults amends, LocalDate today, Path folder,
                               Set<LetterFormat> formats, boolean attachPdf) {
    }

    public record Written(AffectedCustomer customer, LetterFormat format, Path file) {
    }

    /** @param skipped one plain sentence per letter not written, with the reason */
    public record BatchResult(List<Written> written, List<String> skipped) {
    }

    /** Hears about a running batch; called from the batch's threads. */
    public interface BatchListener {
        void written(Draft draft, Written file);

        void progress(int done, int total, String customer);

        boolean cancelled();
    }

    /**
     * One letter per customer into a folder, on every core: each file is complete or absent, never half written.
     * Stops between letters once the listener says it is cancelled.
     */
    public BatchResult batch(BatchRequest r, BatchListener listener) throws IOException, InterruptedException {
        refuseUntrue(r.kind(), r.incident());
        if (r.formats().contains(LetterFormat.EML)) {
            sender(r.from());
        }
        Files.createDirectories(r.folder());
        List<String> stems = uniqueStems(r);
        List<Written> written = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> skipped = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Math.min(r.customers().size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "makegood-letters");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < r.customers().size(); i++) {
                AffectedCustomer customer = r.customers().get(i);
                String stem = stems.get(i);
                jobs.add(pool.submit(() -> {
                    if (listener.cancelled()) {
                        return null;
                    }
                    writeLetters(r, customer, stem, written, skipped, listener);
                    listener.progress(done.incrementAndGet(), r.customers().size(), customer.name());
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException plain) {
                throw plain;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            // A cancelled batch returns once every letter in progress is complete, so the count is right.
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return new BatchResult(List.copyOf(written), List.copyOf(skipped));
    }

    /**
     * One customer's letters; one that cannot be made or written is told in {@code skipped} and stops nobody
     * else's. What the listener does with a written letter is its own business: its errors are not caught here.
     */
    private void writeLetters(BatchRequest r, AffectedCustomer customer, String stem, List<Written> written,
                              List<String> skipped, BatchListener listener) {
        Draft d;
        try {
            d = draft(r.kind(), r.incident(), customer, r.from(), r.amends(), r.today());
        } catch (RuntimeException e) {
            skipped.add(notWritten(customer, null, e));
            return;
        }
        for (LetterFormat format : r.formats()) {
            Written w;
            try {
                w = writeOne(r, d, stem, format);
            } catch (LetterException | NotSavedException e) { // already in the owner's words
                skipped.add(e.getMessage());
                continue;
            } catch (IOException | RuntimeException e) {
                skipped.add(notWritten(customer, format, e));
                continue;
            }
            written.add(w);
            listener.written(d, w);
        }
    }

    /** Says which letter was not written and why, in the system's words when it gave some; the details are logged. */
    private static String notWritten(AffectedCustomer customer, LetterFormat format, Exception e) {
        LOG.log(Level.WARNING, "A letter could not be written", e);
        String who = customer.name().isBlank() ? "a customer without a name" : Text.quoted(customer.name());
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e instanceof InvalidPathException ? "the system cannot store that file name"
                : "an unexpected error, " + e.getClass().getSimpleName();
        String what = format == null ? "letter" : format == LetterFormat.EML ? "email draft" : "PDF letter";
        return "No " + what + " was written for " + who + " (" + why
                + "). The other customers' letters were not affected.";
    }

    private Written writeOne(BatchRequest r, Draft d, String stem, LetterFormat format) throws IOException {
        Path file = r.folder().resolve(stem + extension(format));
        switch (format) {
            case PDF -> writePdf(d, file);
            case EML -> writeEml(d, r.attachPdf(), file);
            case MAIL -> throw new IllegalArgumentException("Mail is sent through the outbox, not written to a folder");
        }
        return new Written(d.customer(), format, file);
    }

    /** "Apology - Zoë Müller": a letter's file name without extension, safe on every system. */
    static String stem(LetterKind kind, AffectedCustomer c) {
        return stem(kind, c.name());
    }

    private static String stem(LetterKind kind, String name) {
        String label = switch (kind) {
            case APOLOGY -> "Apology";
            case STATUS_UPDATE -> "Update";
            case FOLLOW_UP -> "Follow-up";
        };
        return FileNames.safe(label + " - " + (name.isBlank() ? "customer" : name), "letter");
    }

    /**
     * Two customers with the same name (or the same once spelled for the system) get "Name" and "Name (2)", and a
     * letter already in the folder is never replaced: the history still points at it.
     */
    private static List<String> uniqueStems(BatchRequest r) {
        Set<String> taken = new HashSet<>();
        List<String> stems = new ArrayList<>();
        for (AffectedCustomer c : r.customers()) {
            // Spelled as the system can store it: under LANG=C "Tomás" is written as "Tomas", not refused.
            String base = stem(r.kind(), PortableNames.fit(r.folder(), c.name(), ""));
            String stem = base;
            for (int n = 2; !free(r, stem, taken); n++) {
                stem = base + " (" + n + ")";
            }
            taken.add(stem.toLowerCase(Locale.ROOT));
            stems.add(stem);
        }
        return stems;
    }

    private static boolean free(BatchRequest r, String stem, Set<String> taken) {
        return !taken.contains(stem.toLowerCase(Locale.ROOT))
                && r.formats().stream().noneMatch(f -> Files.exists(r.folder().resolve(stem + extension(f))));
    }

    private static String extension(LetterFormat format) {
        return format == LetterFormat.EML ? ".eml" : ".pdf";
    }
}
