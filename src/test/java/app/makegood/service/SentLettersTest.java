package app.makegood.service;

import app.makegood.domain.AffectedCustomer;
import app.makegood.domain.Incident;
import app.makegood.domain.IncidentStatus;
import app.makegood.domain.NoticeChannel;
import app.makegood.domain.LetterFormat;
import app.makegood.domain.LetterKind;
import app.makegood.domain.LetterRecord;
import app.makegood.store.Database;
import app.makegood.store.IncidentRepository;
import app.makegood.store.JdbcIncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.makegood.domain.SampleIncidents.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Letters sent stamp the stored incident's first notice; files the owner did not send do not. */
class SentLettersTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final AffectedCustomer ZOE = AffectedCustomer.named("Zoë", "zoe@example.com");

    @TempDir
    Path dir;

    @Test
    void mailStampsItsIncidentAndFilesNotSentDoNot() {
        Incident mailed = minimal("Mailed", T0);
        Incident filed = minimal("Filed", T0);
        try (Database db = Database.open(dir)) {
            IncidentRepository repository = new JdbcIncidentRepository(db);
            repository.saveAll(List.of(mailed, filed));
            Instant sentAt = T0.plusSeconds(600);
            List<LetterRecord> letters = List.of(
                    LetterRecord.of(mailed.id(), ZOE, LetterKind.APOLOGY, LetterFormat.MAIL, ZOE.email(), sentAt),
                    LetterRecord.of(mailed.id(), ZOE, LetterKind.APOLOGY, LetterFormat.MAIL, ZOE.email(),
                            sentAt.plusSeconds(60)),
                    LetterRecord.of(filed.id(), ZOE, LetterKind.APOLOGY, LetterFormat.PDF, "/tmp/zoe.pdf", sentAt),
                    LetterRecord.of("gone-since", ZOE, LetterKind.APOLOGY, LetterFormat.MAIL, ZOE.email(), sentAt));

            List<Incident> changed = new SentLetters(repository).record(letters, false);

            assertEquals(List.of(mailed.id()), changed.stream().map(Incident::id).toList());
            Incident stored = repository.find(mailed.id()).orElseThrow();
            assertEquals(Optional.of(sentAt), stored.firstNoticeAt(), "the first letter out is the first notice");
            assertEquals(Optional.of(NoticeChannel.EMAIL), stored.firstNoticeHow());
            assertEquals(IncidentStatus.CUSTOMERS_TOLD, stored.status());
            assertEquals(filed, repository.find(filed.id()).orElseThrow());

            new SentLetters(repository).record(letters.subList(2, 3), true);
            assertEquals(Optional.of(NoticeChannel.LETTER), repository.find(filed.id()).orElseThrow().firstNoticeHow());
        }
    }
}
