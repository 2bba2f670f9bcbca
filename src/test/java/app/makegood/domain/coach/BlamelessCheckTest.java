package app.makegood.domain.coach;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlamelessCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"Tom forgot to book the van service.", "Because she didn't check the list.",
        "It was human error.", "The new guy packed the wrong box.", "Anna failed to call the courier.",
        "It was his fault for not locking up.", "They ignored the alarm."})
    void namingAPersonAsTheCauseGetsANudge(String answer) {
        List<Finding> findings = BlamelessCheck.check(answer);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(Rule.BLAMES_A_PERSON, f.rule());
        assertEquals(answer.substring(f.start(), f.end()), f.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nothing reminded anyone to book the service.", "The checklist had no vehicle step.",
        "Nobody owned vehicle upkeep.", "Our booking system did not send the reminder.",
        "It failed to start in the cold.", "We missed the weekly check because none was planned.", ""})
    void processAnswersPass(String answer) {
        assertTrue(BlamelessCheck.check(answer).isEmpty(), answer);
    }
}
