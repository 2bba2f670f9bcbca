package app.makegood.service;

import app.makegood.domain.Incident;
import app.makegood.domain.IncidentSummary;
import app.makegood.domain.letters.BusinessProfile;
import app.makegood.domain.LetterRecord;
import app.makegood.domain.letters.Outbox;
import app.makegood.domain.letters.OutboxMessage;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import app.makegood.store.JdbcLetterLog;
import app.makegood.store.JdbcOutbox;
import app.makegood.store.JdbcProfileRepository;
import app.makegood.store.JdbcSettingsRepository;
import app.makegood.store.LetterLog;
import app.makegood.store.ProfileRepository;
import app.makegood.store.SettingsRepository;
import app.makegood.store.StoreException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copies the owner's own workbook into a team database (issue 19): every incident with its customers, updates, whys,
 * actions and attached files, the letters sent, the outbox, the business profile and the settings. Then reads both
 * back and compares counts and a content checksum of every item, so "checked" means the team database holds all of
 * it as it was. What the team database held already stays, except items with the same id, which are replaced.
 */
public final class WorkbookCopy {
    /** Incidents saved per transaction: progress moves, and a failure loses at most one batch's work. */
    private static final int BATCH = 50;

    /** The parts of one workbook the copy reads or writes. */
    public record Workbook(IncidentRepository incidents, LetterLog letters, Outbox outbox, ProfileRepository profile,
                           SettingsRepository settings) {
        public static Workbook of(Database database) {
            return new Workbook(new JdbcIncidentRepository(database), new JdbcLetterLog(database),
                    new JdbcOutbox(database), new JdbcProfileRepository(database), new JdbcSettingsRepository(database));
        }
    }

    /** Told how far the copy is (incidents copied of all); called on the thread that copies. */
    @FunctionalInterface
    public interface Progress {
        void copied(int done, int total);
    }

    /** What was copied and checked. */
    public record Report(int incidents, int customers, int letters, int outbox, int attachments, int settings) {
        /** "Copied 412 incidents, 1,030 customers, 88 letters, …; checked." */
        public String text() {
            return "Copied " + count(incidents, "incident") + ", " + count(customers, "customer") + ", "
                    + count(letters, "letter") + ", " + count(outbox, "outbox mail") + ", "
                    + count(attachments, "attached file") + ", the business profile and " + count(settings, "setting")
                    + "; checked: the team database holds every one as it was.";
        }

        private static String count(int n, String what) {
            return String.format(Locale.ENGLISH, "%,d %s%s", n, what, n == 1 ? "" : "s");
        }
    }

    /** The team database holds incidents or a business profile already; the owner must say to copy into it anyway. */
    public static final class NotEmptyException extends StoreException {
        NotEmptyException(int incidents) {
            super("The team database already holds " + (incidents == 0 ? "a business profile"
                    : String.format(Locale.ENGLISH, "%,d incident%s", incidents, incidents == 1 ? "" : "s"))
                    + ". Copy into it only if your workbook belongs with those: incidents, letters and mails with the"
                    + " same id are replaced, the rest stays, and the business profile and settings become yours.",
                    null);
        }
    }

    private final Workbook from;
    private final Workbook to;

    public WorkbookCopy(Workbook from, Workbook to) {
        this.from = from;
        this.to = to;
    }

    /**
     * Copies everything, then checks it.
     *
     * @param intoNonEmpty the owner confirmed copying into a team database that holds something already
     * @throws NotEmptyException the team database holds something and {@code intoNonEmpty} is false; nothing copied
     * @throws StoreException the copy could not be written, or differs from the original when read back
     */
    public Report copy(boolean intoNonEmpty, Progress progress) {
        int there = to.incidents().list().size();
        if (!intoNonEmpty && (there > 0 || !to.profile().load().equals(BusinessProfile.EMPTY))) {
            throw new NotEmptyException(there);
        }
        List<String> ids = from.incidents().list().stream().map(IncidentSummary::id).toList();
        int customers = 0;
        int attachments = 0;
        int letters = 0;
        int mails = 0;
        progress.copied(0, ids.size());
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<Incident> batch = new ArrayList<>();
            for (String id : ids.subList(start, Math.min(ids.size(), start + BATCH))) {
                Incident incident = from.incidents().find(id).orElseThrow(() -> gone(id));
                batch.add(incident);
                customers += incident.customers().size();
                attachments += incident.actions().stream().mapToInt(a -> a.attachments().size()).sum();
            }
            to.incidents().saveAll(batch);
            for (Incident incident : batch) {
                letters += copyLetters(incident.id());
                mails += copyOutbox(incident.id());
            }
            progress.copied(Math.min(ids.size(), start + BATCH), ids.size());
        }
        to.profile().save(from.profile().load());
        Map<String, String> settings = from.settings().all();
        to.settings().putAll(settings);
        check(ids);
        return new Report(ids.size(), customers, letters, mails, attachments, settings.size());
    }

    private static StoreException gone(String id) {
        return new StoreException("An incident (" + id + ") was deleted while it was being copied. Copy again.", null);
    }

    /** The incident's letters the team database does not hold yet; returns how many the incident has. */
    private int copyLetters(String incidentId) {
        List<LetterRecord> mine = from.letters().forIncident(incidentId);
        Set<String> there = to.letters().forIncident(incidentId).stream().map(LetterRecord::id)
                .collect(Collectors.toSet());
        mine.stream().filter(l -> !there.contains(l.id())).forEach(to.letters()::record);
        return mine.size();
    }

    private int copyOutbox(String incidentId) {
        List<OutboxMessage> mine = from.outbox().forIncident(incidentId);
        Set<String> there = to.outbox().forIncident(incidentId).stream().map(OutboxMessage::id)
                .collect(Collectors.toSet());
        mine.stream().filter(m -> !there.contains(m.id())).forEach(to.outbox()::queue);
        return mine.size();
    }

    /** Reads every copied item back from both sides and compares their checksums. */
    private void check(List<String> ids) {
        for (String id : ids) {
            Incident mine = from.incidents().find(id).orElseThrow(() -> gone(id));
            same("incident \"" + mine.title() + "\"", mine, to.incidents().find(id).orElse(null));
            same("letters of \"" + mine.title() + "\"", from.letters().forIncident(id), to.letters().forIncident(id));
            same("outbox mails of \"" + mine.title() + "\"", from.outbox().forIncident(id),
                    to.outbox().forIncident(id));
        }
        same("business profile", from.profile().load(), to.profile().load());
        Map<String, String> mine = from.settings().all();
        Map<String, String> there = to.settings().all();
        same("settings", mine, mine.keySet().stream().filter(there::containsKey)
                .collect(Collectors.toMap(k -> k, there::get)));
    }

    private static void same(String what, Object mine, Object there) {
        if (there == null || !Objects.equals(ContentChecksum.of(mine), ContentChecksum.of(there))) {
            throw new StoreException("The copy of the " + what + " in the team database differs from your workbook"
                    + " when read back. Nothing in your own workbook was changed; copy again, and if it happens again"
                    + " report the problem.", null);
        }
    }
}
