package app.makegood.export;

import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample incident offered on the empty list must always load, and be a complete example. */
class SampleIncidentTest {
    @Test
    void theBundledSampleIsACompleteIncident() throws Exception {
        try (InputStream in = SampleIncidentTest.class.getResourceAsStream("/assets/sample-incident.json")) {
            List<Incident> incidents = new IncidentJson().read(in);
            assertEquals(1, incidents.size());
            Incident sample = incidents.get(0);
            assertEquals(IncidentStatus.FIXED, sample.status());
            assertTrue(!sample.admit().isBlank() && !sample.thank().isBlank() && !sample.explain().isBlank());
            assertEquals(5, sample.whys().size());
            assertTrue(sample.customers().stream().allMatch(c -> !c.salutation().isBlank() && !c.reference().isBlank()));
            assertTrue(sample.whys().stream().anyMatch(w -> w.rootCause()));
        }
    }
}
