package app.makegood.domain;

import app.makegood.domain.LetterFormat;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FirstNoticeTest {
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    private static final FirstNotice NOBODY_TOLD = new FirstNotice(Optional.empty(), Optional.empty(),
            IncidentStatus.OPEN);

    @Test
    void aSavedFileIsNotANoticeUntilTheOwnerSaysItWentOut() {
        assertEquals(NOBODY_TOLD, NOBODY_TOLD.after(FirstNotice.letter(LetterFormat.PDF, T, false)));
        assertEquals(NOBODY_TOLD, NOBODY_TOLD.after(FirstNotice.letter(LetterFormat.EML, T, false)));

        assertEquals(new FirstNotice(Optional.of(T), Optional.of(NoticeChannel.LETTER), IncidentStatus.CUSTOMERS_TOLD),
                NOBODY_TOLD.after(FirstNotice.letter(LetterFormat.PDF, T, true)));
        assertEquals(Optional.of(NoticeChannel.EMAIL),
                NOBODY_TOLD.after(FirstNotice.letter(LetterFormat.EML, T, true)).how());
    }

    @Test
    void mailSentIsANoticeByEmailWhateverTheAnswer() {
        FirstNotice after = NOBODY_TOLD.after(FirstNotice.letter(LetterFormat.MAIL, T, false));
        assertEquals(new FirstNotice(Optional.of(T), Optional.of(NoticeChannel.EMAIL), IncidentStatus.CUSTOMERS_TOLD),
                after);
    }

    @Test
    void anUpdateMarkedSentStampsWithoutGuessingHow() {
        FirstNotice after = NOBODY_TOLD.after(FirstNotice.updateSent(T));
        assertEquals(Optional.of(T), after.at());
        assertEquals(Optional.empty(), after.how());
    }

    @Test
    void theFirstNoticeIsTheEarliestTelling() {
        FirstNotice phoned = NOBODY_TOLD.after(FirstNotice.told(T, NoticeChannel.PHONE));
        assertEquals(phoned, phoned.after(FirstNotice.letter(LetterFormat.MAIL, T.plusSeconds(3600), false)));
        assertFalse(phoned.changedBy(FirstNotice.told(T, NoticeChannel.SOCIAL)));

        // A visit recorded after the mail went out, but made before it, is the first notice.
        FirstNotice visited = phoned.after(FirstNotice.told(T.minusSeconds(600), NoticeChannel.IN_PERSON));
        assertEquals(Optional.of(T.minusSeconds(600)), visited.at());
        assertEquals(Optional.of(NoticeChannel.IN_PERSON), visited.how());
    }

    @Test
    void aCorrectionReplacesTimeAndHowEvenWhenLater() {
        FirstNotice stamped = NOBODY_TOLD.after(FirstNotice.updateSent(T));
        FirstNotice corrected = stamped.after(FirstNotice.corrected(T.plusSeconds(7200), NoticeChannel.SOCIAL));
        assertEquals(new FirstNotice(Optional.of(T.plusSeconds(7200)), Optional.of(NoticeChannel.SOCIAL),
                IncidentStatus.CUSTOMERS_TOLD), corrected);
        assertTrue(stamped.changedBy(FirstNotice.corrected(T.plusSeconds(7200), NoticeChannel.SOCIAL)));
    }

    @Test
    void aLaterTellingKeepsTheTimeButAnOpenIncidentStillMovesOn() {
        FirstNotice toldButOpen = new FirstNotice(Optional.of(T), Optional.of(NoticeChannel.PHONE), IncidentStatus.OPEN);
        assertEquals(new FirstNotice(Optional.of(T), Optional.of(NoticeChannel.PHONE), IncidentStatus.CUSTOMERS_TOLD),
                toldButOpen.after(FirstNotice.told(T.plusSeconds(60), NoticeChannel.EMAIL)));
    }

    @Test
    void onlyAnOpenIncidentMovesToCustomersTold() {
        FirstNotice fixed = new FirstNotice(Optional.empty(), Optional.empty(), IncidentStatus.FIXED);
        assertEquals(IncidentStatus.FIXED, fixed.after(FirstNotice.told(T, NoticeChannel.PHONE)).status());
    }

    @Test
    void howIsOnlyKeptWithATime() {
        assertEquals(Optional.empty(),
                new FirstNotice(Optional.empty(), Optional.of(NoticeChannel.PHONE), IncidentStatus.OPEN).how());
    }
}
