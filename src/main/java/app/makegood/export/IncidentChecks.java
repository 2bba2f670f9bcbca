package app.makegood.export;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Attachment;
import app.makegood.domain.CorrectiveAction;
import app.makegood.domain.Incident;
import app.makegood.domain.Limits;
import app.makegood.domain.PostmortemNotes;
import app.makegood.domain.Quote;
import app.makegood.domain.StatusUpdate;
import app.makegood.domain.SupportingLink;
import app.makegood.domain.WhyStep;
import app.makegood.domain.FutureValueInputs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every rule an imported incident must meet (docs/json-format.md): what the window itself could have saved and
 * the database can store exactly. All problems of a file are collected, each naming the incident and the field,
 * so one import attempt shows everything to fix rather than one thing at a time.
 */
final class IncidentChecks {
    /** Ids are random UUIDs (domain.Ids): another form is a hand edit, and would collide sooner or later. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Dates outside these years are typing mistakes or a damaged file, not events a shop records. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    private static final Instant EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LATEST = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** One problem: the incident it is in, the field (a path such as customers[0].email) and what is wrong. */
    record Problem(String incident, String field, String what) {
        @Override
        public String toString() {
            return capitalized(incident) + (field.isEmpty() ? " " : ": " + field + " ") + what + ".";
        }

        /** The problem as the whole message, when it is the only one. */
        String alone() {
            return capitalized(incident) + " cannot be imported: " + (field.isEmpty() ? "it " : field + " ") + what + ".";
        }
    }

    /** Messages list the first problems only: enough to see what is wrong, short enough to read. */
    static final int SHOWN = 20;

    /** One message for all the problems: the only one as a sentence, or the first {@value #SHOWN} as a list. */
    static String message(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).alone();
        }
        StringBuilder out = new StringBuilder(problems.size() + " problems keep the file from being imported:");
        problems.stream().limit(SHOWN).forEach(p -> out.append("\n- ").append(p));
        if (problems.size() > SHOWN) {
            out.append("\n- and ").append(problems.size() - SHOWN).append(" more.");
        }
        return out.toString();
    }

    private final List<Problem> problems = new ArrayList<>();
    /** Ids seen so far in the file, by kind ("customer"), with where each was first seen. */
    private final Map<String, Map<String, String>> seen = new HashMap<>();
    private String incident;
    private int index;

    private IncidentChecks() {
    }

    /** Every problem of every incident, in file order; empty when all can be imported. */
    static List<Problem> of(List<Incident> incidents) {
        IncidentChecks checks = new IncidentChecks();
        for (int n = 0; n < incidents.size(); n++) {
            checks.check(incidents.get(n), n);
        }
        return checks.problems;
    }

    private void check(Incident i, int index) {
        this.index = index;
        if (i == null) {
            incident = "incident " + (index + 1);
            add("", "is empty");
            return;
        }
        incident = Quote.incident(i.title(), index);
        if (!id("incident", "id", i.id())) {
            return; // the same incident twice: its records would all be reported again
        }
        line("title", i.title(), Limits.TITLE);
        text("admit", i.admit(), Limits.LONG_TEXT);
        text("thank", i.thank(), Limits.LONG_TEXT);
        text("explain", i.explain(), Limits.LONG_TEXT);
        line("problem", i.problem(), Limits.SHORT_TEXT);
        instant("createdAt", Optional.of(i.createdAt()));
        instant("happenedAt", i.happenedAt());
        instant("discoveredAt", i.discoveredAt());
        instant("firstNoticeAt", i.firstNoticeAt());
        instant("nextUpdateDue", i.nextUpdateDue());
        instant("milestones.restoredAt", i.milestones().restoredAt());
        instant("milestones.resolvedAt", i.milestones().resolvedAt());
        date("followUpDue", i.followUpDue());
        for (int n = 0; n < i.updates().size(); n++) {
            update("updates[" + n + "].", i.updates().get(n));
        }
        if (i.customers().size() > Limits.MAX_CUSTOMERS) {
            add("customers", "has " + i.customers().size() + " customers; an incident holds at most "
                    + Limits.MAX_CUSTOMERS);
        }
        for (int n = 0; n < i.customers().size(); n++) {
            customer("customers[" + n + "].", i.customers().get(n));
        }
        long rootCauses = i.whys().stream().filter(WhyStep::rootCause).count();
        if (rootCauses > 1) {
            add("whys", "marks " + rootCauses + " answers as the root cause; at most one may be");
        }
        whys("", i.whys());
        for (int n = 0; n < i.actions().size(); n++) {
            action("actions[" + n + "].", i.actions().get(n));
        }
        for (int n = 0; n < i.dismissedFindings().size(); n++) {
            line("dismissedFindings[" + n + "]", i.dismissedFindings().get(n), Limits.SHORT_TEXT);
        }
        text("publicText", i.publicText(), Limits.LONG_TEXT);
        notes("postmortemNotes.", i.postmortemNotes());
    }

    /** The postmortem notes: texts as their fields allow, figures that fit their columns, links that are web addresses. */
    private void notes(String at, PostmortemNotes n) {
        text(at + "trigger", n.trigger(), Limits.LONG_TEXT);
        text(at + "impact", n.impact(), Limits.LONG_TEXT);
        text(at + "wentWell", n.wentWell(), Limits.LONG_TEXT);
        text(at + "wentWrong", n.wentWrong(), Limits.LONG_TEXT);
        text(at + "gotLucky", n.gotLucky(), Limits.LONG_TEXT);
        text(at + "lessons", n.lessons(), Limits.LONG_TEXT);
        n.peopleAffected().filter(p -> p < 0).ifPresent(p -> add(at + "peopleAffected", "is negative (" + p + ")"));
        amount(at + "moneyLost", n.moneyLost(), 10, 2);
        rows(at + "factors", n.factors().size());
        for (int f = 0; f < n.factors().size(); f++) {
            String factor = at + "factors[" + f + "].";
            line(factor + "factor", n.factors().get(f).factor(), Limits.SHORT_TEXT);
            whys(factor, n.factors().get(f).whys());
        }
        rows(at + "links", n.links().size());
        for (int l = 0; l < n.links().size(); l++) {
            SupportingLink link = n.links().get(l);
            String url = at + "links[" + l + "].url";
            line(at + "links[" + l + "].label", link.label(), Limits.SHORT_TEXT);
            line(url, link.url(), Limits.URL);
            link.problem().filter(p -> !link.url().isEmpty()).ifPresent(p -> add(url, Quote.of(link.url()) + " " + p));
        }
    }

    private void whys(String at, List<WhyStep> whys) {
        for (int n = 0; n < whys.size(); n++) {
            line(at + "whys[" + n + "].question", whys.get(n).question(), Limits.SHORT_TEXT);
            line(at + "whys[" + n + "].answer", whys.get(n).answer(), Limits.SHORT_TEXT);
        }
    }

    private void rows(String field, int count) {
        if (count > Limits.MAX_POSTMORTEM_ROWS) {
            add(field, "has " + count + " entries; a postmortem holds at most " + Limits.MAX_POSTMORTEM_ROWS);
        }
    }

    private void update(String at, StatusUpdate u) {
        id("status update", at + "id", u.id());
        instant(at + "writtenAt", Optional.of(u.writtenAt()));
        text(at + "text", u.text(), Limits.LONG_TEXT);
        line(at + "channel", u.channel(), Limits.SHORT_TEXT);
    }

    private void customer(String at, AffectedCustomer c) {
        id("customer", at + "id", c.id());
        line(at + "name", c.name(), Limits.NAME);
        line(at + "email", c.email(), Limits.EMAIL);
        line(at + "expected", c.expected(), Limits.SHORT_TEXT);
        line(at + "salutation", c.salutation(), Limits.SHORT_TEXT);
        line(at + "reference", c.reference(), Limits.SHORT_TEXT);
        text(at + "offerNote", c.offerNote(), Limits.LONG_TEXT);
        text(at + "notes", c.notes(), Limits.LONG_TEXT);
        // The database columns: DECIMAL(12,2) for money, and the future-value figures' own sizes.
        amount(at + "expectedValue", c.expectedValue(), 10, 2);
        amount(at + "offerAmount", c.offerAmount(), 10, 2);
        amount(at + "offerPeriods", Optional.of(BigDecimal.valueOf(c.offerPeriods())), 3, 0); // OfferTerms.MAX_PERIODS
        if (c.futureValue().isPresent()) {
            FutureValueInputs f = c.futureValue().get();
            amount(at + "futureValue.averageOrderValue", Optional.of(f.averageOrderValue()), 10, 2);
            amount(at + "futureValue.ordersPerYear", Optional.of(f.ordersPerYear()), 7, 2);
            amount(at + "futureValue.expectedYears", Optional.of(f.expectedYears()), 4, 2);
            amount(at + "futureValue.margin", Optional.of(f.margin()), 1, 4);
            if (f.margin().compareTo(BigDecimal.ONE) > 0) {
                add(at + "futureValue.margin", "is " + f.margin().toPlainString() + "; a margin is at most 1 (100%)");
            }
        }
    }

    private void action(String at, CorrectiveAction a) {
        id("corrective action", at + "id", a.id());
        line(at + "description", a.description(), Limits.SHORT_TEXT);
        line(at + "owner", a.owner(), Limits.SHORT_TEXT);
        text(at + "evidenceNote", a.evidenceNote(), Limits.LONG_TEXT);
        line(at + "droppedReason", a.droppedReason(), Limits.SHORT_TEXT);
        date(at + "due", a.due());
        date(at + "doneOn", a.doneOn());
        for (int n = 0; n < a.attachments().size(); n++) {
            Attachment f = a.attachments().get(n);
            String file = at + "attachments[" + n + "].";
            id("attachment", file + "id", f.id());
            line(file + "fileName", f.fileName(), Limits.SHORT_TEXT);
            if (f.size() > Attachment.MAX_BYTES) {
                add(file + "content", "is larger than " + Attachment.MAX_BYTES / (1024 * 1024) + " MB");
            }
        }
    }

    /** A UUID, and the only one of its kind in the file: ids are keys in the database. False when seen before. */
    private boolean id(String kind, String field, String id) {
        if (!UUID.matcher(id).matches()) {
            add(field, Quote.of(id) + " is not an id MakeGood writes (a UUID such as "
                    + "\"5a3d2c1e-0000-4000-8000-5a3d2c1e0001\")");
            return true;
        }
        String here = "incident " + (index + 1) + ", " + field;
        String first = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id.toLowerCase(), here);
        if (first != null) {
            add(field, id + " appears more than once in the file (also in " + first + "); each " + kind
                    + " id must be unique");
        }
        return first == null;
    }

    /** One-line text as a text field holds it: no line breaks or other control characters. */
    private void line(String field, String value, int max) {
        text(field, value, max, true);
    }

    /** Text from a text area: line breaks and tabs are fine, other control characters are not. */
    private void text(String field, String value, int max) {
        text(field, value, max, false);
    }

    private void text(String field, String value, int max, boolean oneLine) {
        if (value.length() > max) {
            add(field, "is " + value.length() + " characters long; the window allows " + max + " (it starts "
                    + Quote.of(value) + ")");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                add(field, "holds half of a character (\\u" + hex(c) + " at position " + (i + 1)
                        + "), which is not valid text: " + Quote.of(value));
                return;
            } else if (Character.getType(c) == Character.CONTROL
                    && (oneLine || c != '\n' && c != '\r' && c != '\t')) {
                add(field, "holds a control character (\\u" + hex(c) + " at position " + (i + 1) + ")"
                        + (oneLine ? ", and this field is one line: " : ": ") + Quote.of(value));
                return;
            }
        }
    }

    private void instant(String field, Optional<Instant> value) {
        value.filter(t -> t.isBefore(EARLIEST) || !t.isBefore(LATEST)).ifPresent(t ->
                add(field, "is " + t + ", outside the years " + FIRST_YEAR + " to " + LAST_YEAR));
    }

    private void date(String field, Optional<LocalDate> value) {
        value.filter(d -> d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR).ifPresent(d ->
                add(field, "is " + d + ", outside the years " + FIRST_YEAR + " to " + LAST_YEAR));
    }

    /** Exact in the column: at most {@code digits} before the point and {@code decimals} after it, not negative. */
    private void amount(String field, Optional<BigDecimal> value, int digits, int decimals) {
        if (value.isEmpty()) {
            return;
        }
        BigDecimal v = value.get().stripTrailingZeros();
        String shown = Quote.of(v.abs().compareTo(BigDecimal.TEN.pow(digits + 4)) > 0 ? v.toString() : v.toPlainString());
        if (v.signum() < 0) {
            add(field, "is negative (" + shown + ")");
        } else if (v.precision() - v.scale() > digits) {
            add(field, "is " + shown + ", too large: at most " + digits + " digits before the decimal point");
        } else if (v.scale() > decimals) {
            add(field, "is " + shown + ", more exact than " + (decimals == 2 ? "a cent" : decimals + " decimals")
                    + "; MakeGood would have to round it");
        }
    }

    private void add(String field, String what) {
        problems.add(new Problem(incident, field, what));
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
