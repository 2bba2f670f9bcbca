package app.makegood.ui.wizard;

import app.makegood.domain.Incident;
import app.makegood.domain.SampleIncidents;
import app.makegood.export.IncidentJson;
import app.makegood.store.Database;
import app.makegood.store.JdbcIncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field of the richest sample incident survives each way it travels: into the wizard and out again (as every
 * autosave does), into the database and back, out as JSON and in again. One assertion per field, named by its path
 * ("customers[0].reference"), found from the records' components so a field added later is checked too.
 */
class RichIncidentRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void everyFieldSurvivesTheWizard() {
        Incident rich = SampleIncidents.rich("Burnt birthday cake", NOW.minusSeconds(3600));
        WizardViewModel vm = new WizardViewModel(Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
        vm.load(rich);

        assertSameFields("wizard", toTheMinute(rich), vm.snapshot());
    }

    @Test
    void everyFieldSurvivesTheWizardTheStoreAndJsonInTurn() throws Exception {
        Incident rich = SampleIncidents.rich("Burnt birthday cake", NOW.minusSeconds(3600));
        WizardViewModel vm = new WizardViewModel(Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
        vm.load(rich);
        Incident autosaved = vm.snapshot();

        Incident stored = storedAndReadBack(autosaved);
        assertSameFields("store", autosaved, stored);
        assertSameFields("json", autosaved, throughJson(stored));
    }

    /** Without the wizard, to the nanosecond: what an import keeps until the owner edits it. */
    @Test
    void everyFieldSurvivesTheStoreAndJsonToTheNanosecond() throws Exception {
        Incident rich = SampleIncidents.rich("Burnt birthday cake", NOW.minusSeconds(3600));
        assertSameFields("store", rich, storedAndReadBack(rich));
        assertSameFields("json", rich, throughJson(rich));
    }

    /**
     * The wizard's date and time fields are typed to the minute, so it keeps those times to the minute: an imported
     * 06:30:00.123 becomes 06:30 on the first autosave (noticed, and left as it is).
     */
    private static Incident toTheMinute(Incident i) {
        return SampleIncidents.edit(i, e -> {
            e.happenedAt = e.happenedAt.map(t -> t.truncatedTo(ChronoUnit.MINUTES));
            e.discoveredAt = e.discoveredAt.map(t -> t.truncatedTo(ChronoUnit.MINUTES));
            e.nextUpdateDue = e.nextUpdateDue.map(t -> t.truncatedTo(ChronoUnit.MINUTES));
        });
    }

    private Incident storedAndReadBack(Incident incident) {
        try (Database db = Database.open(dataDir)) {
            JdbcIncidentRepository repository = new JdbcIncidentRepository(db);
            repository.save(incident);
            return repository.find(incident.id()).orElseThrow();
        }
    }

    private static Incident throughJson(Incident incident) throws Exception {
        IncidentJson json = new IncidentJson();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(List.of(incident), out);
        List<Incident> imported = json.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(1, imported.size());
        return imported.get(0);
    }

    /** The sample really is rich: no field of it is left empty, so none is checked against a default. */
    @Test
    void theRichSampleFillsEveryField() {
        Incident rich = SampleIncidents.rich("Burnt birthday cake", NOW);
        List<String> empty = new ArrayList<>();
        for (RecordComponent c : Incident.class.getRecordComponents()) {
            Object v = value(c, rich);
            if (v == null || v.equals(Optional.empty()) || v.equals(List.of()) || v.equals("")) {
                empty.add(c.getName());
            }
        }
        assertEquals(List.of(), empty, "fields the rich sample leaves empty");
    }

    private static void assertSameFields(String stage, Object expected, Object actual) {
        List<Executable> checks = new ArrayList<>();
        collect(stage + ": ", expected, actual, checks);
        assertTrue(checks.size() > 50, "a check per field, " + checks.size() + " found");
        assertAll(stage, checks);
    }

    /** One check per leaf value, walking records, lists and optionals by their path. */
    private static void collect(String path, Object expected, Object actual, List<Executable> checks) {
        if (expected instanceof Record r && actual != null && actual.getClass() == r.getClass()) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                collect(path + (path.endsWith(": ") ? "" : ".") + c.getName(), value(c, r), value(c, actual), checks);
            }
        } else if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
            for (int n = 0; n < e.size(); n++) {
                collect(path + "[" + n + "]", e.get(n), a.get(n), checks);
            }
        } else if (expected instanceof Optional<?> e && actual instanceof Optional<?> a
                && e.isPresent() && a.isPresent()) {
            collect(path, e.get(), a.get(), checks);
        } else if (expected instanceof byte[] e && actual instanceof byte[] a) {
            checks.add(() -> assertArrayEquals(e, a, path));
        } else {
            checks.add(() -> assertEquals(expected, actual, path));
        }
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getName(), e);
        }
    }

}
